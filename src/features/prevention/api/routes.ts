import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { actionContextOf } from '../../../app/action-context.js';
import type { Services } from '../../../app/services.js';
import { parseBody, readBody } from '../../../api/parse-body.js';
import { invalidFields, withDirectory as withDirectoryOf } from '../../../api/with-directory.js';
import { loadEnterprises } from '../../../directory/directory-repo.js';
import type { Directory } from '../../../domain/org.js';
import { OUTREACH_FORMS, WARNING_SOURCES } from '../../../domain/prevention/index.js';
import { bureauToday } from '../../../time.js';
import { enterpriseOrRefuse, enterprisesOrRefuse } from '../enterprise-input.js';
import { coverageOf } from '../service/coverage.js';
import { escalateWarning } from '../service/follow-warning.js';
import { personByOpenId } from '../service/people.js';
import { recordOutreach } from '../service/record-outreach.js';
import { sendWarning } from '../service/send-warning.js';
import { listWarnings, type WarningStatus } from '../store/warning-repo.js';
import { warningJson } from '../view.js';
import { coverageJson, preventionRefusalResponse } from './json.js';

const text = z.string().trim().min(1);

const warningBody = z.object({
  by: text,
  unit: text,
  enterprise: text,
  source: z.enum(WARNING_SOURCES),
  risk: text.max(500),
  advice: text.max(500),
  repeat: z.boolean().optional(),
});

const escalateBody = z.object({ by: text.optional() });

const outreachBody = z.object({
  by: text,
  unit: text.optional(),
  date: text,
  form: z.enum(OUTREACH_FORMS),
  topic: text.max(200),
  enterprises: z.array(text).min(1),
  team: z.array(text).default([]),
});

const STATUSES: readonly WarningStatus[] = ['sent', 'acknowledged', 'resolved', 'escalated'];

/** `/api/v1` routes of 事前预警 and 送法入企: thin — validate, call the verb, map its refusals. */
export function preventionApi(services: Services): Hono {
  const api = new Hono();
  const { db } = services.store;
  const withDirectory = (c: Context, run: (directory: Directory) => Promise<Response>) =>
    withDirectoryOf(c, db, preventionRefusalResponse, run);
  const person = (directory: Directory, openId: string) => personByOpenId(directory, openId);

  api.post('/warnings', async (c) => {
    const body = parseBody(warningBody, await readBody(c));
    if (!body.ok) return invalidFields(c, body.issues);
    const input = body.value;
    return withDirectory(c, async (directory) => {
      const sender = person(directory, input.by);
      if (!sender) return invalidFields(c, [{ field: 'by', message: '本局通讯录中没有该人员。' }]);
      const enterprise = enterpriseOrRefuse(input.enterprise, await loadEnterprises(db));
      const env = actionContextOf(services, directory);
      const row = await services.store.write((tx) =>
        sendWarning(tx, env, {
          channel: 'api',
          sender,
          unitId: input.unit,
          enterprise,
          source: input.source,
          risk: input.risk,
          advice: input.advice,
          ...(input.repeat ? { repeat: true } : {}),
        }),
      );
      services.kickOutbox();
      return c.json({ id: row.id, status: row.status }, 201);
    });
  });

  api.post('/warnings/:id/escalate', async (c) => {
    const raw = (await readBody(c)) ?? {};
    const body = parseBody(escalateBody, raw);
    if (!body.ok) return invalidFields(c, body.issues);
    const { by } = body.value;
    return withDirectory(c, async (directory) => {
      if (by !== undefined && !person(directory, by)) {
        return invalidFields(c, [{ field: 'by', message: '本局通讯录中没有该人员。' }]);
      }
      const env = actionContextOf(services, directory);
      const enterprises = await loadEnterprises(db);
      const row = await services.store.write((tx) =>
        escalateWarning(tx, env, {
          id: c.req.param('id'),
          channel: 'api',
          enterprises,
          ...(by ? { operatorOpenId: by } : {}),
        }),
      );
      services.kickOutbox();
      return c.json({ referralId: row.referralId }, 201);
    });
  });

  api.get('/warnings', async (c) => {
    const status = c.req.query('status');
    if (status && !STATUSES.includes(status as WarningStatus)) {
      return invalidFields(c, [{ field: 'status', message: `status 应为 ${STATUSES.join('|')}` }]);
    }
    const written = c.req.query('enterprise');
    try {
      const uscc = written ? enterpriseOrRefuse(written, await loadEnterprises(db)).uscc : undefined;
      const rows = await listWarnings(db, {
        ...(uscc ? { uscc } : {}),
        ...(status ? { status: status as WarningStatus } : {}),
      });
      return c.json({ warnings: rows.map(warningJson) });
    } catch (err) {
      return preventionRefusalResponse(c, err);
    }
  });

  api.post('/outreach', async (c) => {
    const body = parseBody(outreachBody, await readBody(c));
    if (!body.ok) return invalidFields(c, body.issues);
    const input = body.value;
    return withDirectory(c, async (directory) => {
      const recorder = person(directory, input.by);
      if (!recorder) return invalidFields(c, [{ field: 'by', message: '本局通讯录中没有该人员。' }]);
      const enterprises = enterprisesOrRefuse(input.enterprises, await loadEnterprises(db));
      const env = actionContextOf(services, directory);
      const row = await services.store.write((tx) =>
        recordOutreach(tx, env, {
          channel: 'api',
          recorder,
          date: input.date,
          form: input.form,
          topic: input.topic,
          enterprises,
          team: input.team,
          ...(input.unit ? { unitId: input.unit } : {}),
        }),
      );
      return c.json(
        { id: row.id, unit: row.unitId, date: row.date, enterprises: enterprises.map((e) => e.uscc) },
        201,
      );
    });
  });

  api.get('/outreach/coverage', async (c) => {
    const written = c.req.query('year') ?? bureauToday(services.now()).slice(0, 4);
    if (!/^\d{4}$/.test(written)) return invalidFields(c, [{ field: 'year', message: 'year 应为 YYYY' }]);
    return withDirectory(c, async (directory) => {
      const year = Number(written);
      return c.json(coverageJson(year, await coverageOf(db, directory, year)));
    });
  });
  return api;
}
