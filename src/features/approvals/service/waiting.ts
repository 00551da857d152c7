import type { Person } from '../../../domain/org.js';
import type { Reader } from '../../../store/db.js';
import { principalsOf } from '../store/delegation-repo.js';
import { loadView } from '../store/request-repo.js';
import { pendingStepsOf } from '../store/step-repo.js';
import type { RequestView, StepView } from '../types.js';

export interface Waiting {
  view: RequestView;
  step: StepView;
}

/** Steps waiting on a person or on a leader they stand in for today, oldest first. */
export async function waitingOn(db: Reader, me: Person, today: string): Promise<Waiting[]> {
  const principals = await principalsOf(db, me.id, today);
  const waiting: Waiting[] = [];
  for (const { requestId, idx } of await pendingStepsOf(db, [me.id, ...principals])) {
    const view = await loadView(db, requestId);
    const step = view?.steps[idx];
    // A stand-in never decides on their own request.
    if (view && step && (step.personId === me.id || view.applicant.personId !== me.id)) {
      waiting.push({ view, step });
    }
  }
  return waiting;
}
