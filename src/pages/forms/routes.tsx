import { Hono, type Context } from 'hono';
import type { Services } from '../../app/services.js';
import { loadDirectory } from '../../directory/directory-repo.js';
import type { Identity } from '../../directory/who.js';
import {
  ApprovalSheet,
  getApprovalRequest,
  linkedSpecialOf,
  type RequestView,
} from '../../features/approvals/index.js';
import {
  getReferralAttachment,
  getReferralForForm,
  ReferralSheet,
  type ReferralForm,
} from '../../features/referrals/index.js';
import { getInspectionNotice, InspectionNoticeSheet } from '../../features/inspections/index.js';
import { formAccess } from './access.js';
import { canonicalFormId } from './link-token.js';
import { NotFoundPage, RefusedPage } from './refusal.js';

/** The annex each id prefix prints: JC- 附件2, ZX- 附件1, XS- 附件3. */
const PREFIX = /^(JC|ZX|XS)-\d{4}-\d{1,8}$/;
/** One visit of a plan (JC-2026-0001-1): its 检查结果告知书. */
const VISIT = /^JC-\d{4}-\d{1,8}-\d{1,4}$/;

type Found = { kind: 'approval'; view: RequestView } | { kind: 'referral'; form: ReferralForm };

async function findForm(services: Services, id: string): Promise<Found | undefined> {
  const prefix = PREFIX.exec(id)?.[1];
  if (prefix === 'XS') {
    const form = await getReferralForForm(services.store.db, id);
    return form && { kind: 'referral', form };
  }
  if (!prefix) return undefined;
  const view = await getApprovalRequest(services.store.db, id);
  const kind = prefix === 'ZX' ? 'special' : 'plan';
  return view?.kind === kind ? { kind: 'approval', view } : undefined;
}

/** Members of the sending or receiving unit see an ID number in full, as in chat. */
function handlesReferral(viewer: Identity | undefined, form: ReferralForm): boolean {
  return !!viewer?.units.some((u) => u.name === form.sender.unit || u.name === form.receiver.unit);
}

/** The link token is the only key: keep pages and files out of caches, history syncs and referrers. */
function keepPrivate(c: Context): void {
  c.header('Cache-Control', 'no-store');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Robots-Tag', 'noindex');
}

/** The page's own query (its token, or the simulator's `as`), carried to its downloads. */
function accessQuery(c: Context): string {
  const q = new URLSearchParams();
  for (const key of ['t', 'as']) {
    const v = c.req.query(key);
    if (v) q.set(key, v);
  }
  return q.toString();
}

/** `/forms/JC-…-n`: a visit's 检查结果告知书, behind the same link token as the annexes. */
async function inspectionNotice(c: Context, services: Services, id: string) {
  const data = await getInspectionNotice(services.store.db, id);
  const bureau = data?.bureau ?? '长治市生态环境局';
  if (!data) return c.html(<NotFoundPage id={id} bureau={bureau} />, 404);
  const access = await formAccess(services, id, { t: c.req.query('t'), as: c.req.query('as') });
  if (!access.ok) return c.html(<RefusedPage refusal={access.refusal} bureau={bureau} />, 403);
  return c.html(<InspectionNoticeSheet data={data} now={services.now()} />);
}

/** `/forms/:id`: an approval request or a referral as its annex, to print or save as PDF. */
export function formPages(services: Services): Hono {
  const app = new Hono();
  app.get('/:id', async (c) => {
    keepPrivate(c);
    const id = canonicalFormId(c.req.param('id'));
    const { db } = services.store;
    if (VISIT.test(id)) return inspectionNotice(c, services, id);
    const bureau = (await loadDirectory(db))?.bureau ?? '长治市生态环境局';
    const found = await findForm(services, id);
    if (!found) return c.html(<NotFoundPage id={id} bureau={bureau} />, 404);
    const access = await formAccess(services, id, { t: c.req.query('t'), as: c.req.query('as') });
    if (!access.ok) return c.html(<RefusedPage refusal={access.refusal} bureau={bureau} />, 403);
    const now = services.now();
    if (found.kind === 'approval') {
      const special = await linkedSpecialOf(services, found.view);
      return c.html(<ApprovalSheet view={found.view} bureau={bureau} now={now} special={special} />);
    }
    const form = handlesReferral(access.viewer, found.form)
      ? ((await getReferralForForm(db, id, { reveal: true })) ?? found.form)
      : found.form;
    const query = accessQuery(c);
    const href = (attachmentId: string) =>
      `/forms/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}?${query}`;
    return c.html(<ReferralSheet form={form} bureau={bureau} now={now} attachmentHref={href} />);
  });
  // A referral's 移交材料, behind the same link as its form.
  app.get('/:id/attachments/:attachmentId', async (c) => {
    keepPrivate(c);
    const id = canonicalFormId(c.req.param('id'));
    const access = await formAccess(services, id, { t: c.req.query('t'), as: c.req.query('as') });
    if (!access.ok) return c.text('链接无效或已过期，请从执法助手的卡片重新打开。', 403);
    const file = /^XS-/.test(id)
      ? await getReferralAttachment(services.store.db, id, c.req.param('attachmentId'))
      : undefined;
    if (!file) return c.text('未找到该移交材料。', 404);
    c.header('Content-Type', file.mimeType);
    c.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    c.header('X-Content-Type-Options', 'nosniff');
    return c.body(new Uint8Array(file.content));
  });
  return app;
}
