import { seedJson, type DrawView } from '../view.js';

/** `GET /draws/:id` and the answer to `POST /draws`: the draw as published, with each plan. */
export function drawJson(view: DrawView, today: string) {
  return {
    id: view.id,
    unit: view.unit,
    initiator: view.initiator,
    period: { from: view.from, to: view.to },
    content: view.request.content,
    filters: view.request.filters,
    seed: view.input.seed,
    ...seedJson(view, today),
    algorithm: view.input.algorithm,
    inputDigest: view.inputDigest,
    pool: {
      enterprises: view.input.enterprises,
      inspectors: view.input.inspectors,
      recusals: view.input.recusals,
      count: view.input.count,
      perEnterprise: view.input.perEnterprise,
    },
    excluded: view.excluded,
    assignments: view.items.map((item) => ({
      uscc: item.uscc,
      name: item.enterpriseName,
      inspectors: item.inspectors,
      filing: item.filing,
      requestId: item.requestId,
      planStatus: item.planStatus,
      blockedReason: item.blockedReason,
      outcome: item.outcome,
      inspectedOn: item.inspectedOn,
      publishedAt: item.publishedAt,
    })),
    publishDue: view.publishDue,
    createdAt: view.createdAt,
  };
}
