import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadDirectory, replaceDirectory } from '../../../src/directory/directory-repo.js';
import type { Directory } from '../../../src/domain/org.js';
import { runApprovalReminders } from '../../../src/features/approvals/index.js';
import { auditFor } from '../../../src/store/audit-repo.js';
import { startBot, type Bot } from '../../support/harness.js';
import {
  approverCard,
  buttonLabels,
  cardText,
  cardsTo,
  getRequest,
  planBody,
  press,
  submitPlan,
  textsTo,
  TODAY_10AM,
} from './support.js';

let bot: Bot | undefined;
beforeEach(async () => {
  await bot?.close();
  bot = await startBot({ now: () => TODAY_10AM });
});
afterAll(() => bot?.close());

/** Re-imports the organisation without one person, the way a new org file would arrive. */
async function removePerson(b: Bot, personId: string, change: (dir: Directory) => Directory = (d) => d) {
  const dir = (await loadDirectory(b.store.db))!;
  await replaceDirectory(
    b.store,
    change({ ...dir, people: dir.people.filter((p) => p.id !== personId) }),
    'test',
  );
}

describe('an approver who leaves the directory mid-flight', () => {
  it('passes a step that becomes current to the unit supervisor', async () => {
    const b = bot!;
    const { json } = await submitPlan(b, planBody());
    const id = String(json.id);
    await removePerson(b, 'deputy-2', (dir) => ({
      ...dir,
      units: dir.units.map((u) => (u.id === 'air' ? { ...u, supervisor: 'deputy-3' } : u)),
    }));
    await press(b, 'ou_demo_air_head', await approverCard(b, 'ou_demo_air_head', id), '同意');
    const request = await getRequest(b, id);
    expect(request.steps[1]).toMatchObject({ name: '副局长丙（示例）', status: 'pending' });
    expect(await cardsTo(b, 'ou_demo_deputy_2', id)).toHaveLength(0);
    expect(buttonLabels((await approverCard(b, 'ou_demo_deputy_3', id)).content)).toContain('同意');
    expect(request.decisions.at(-1)).toMatchObject({ action: 'reassign', toName: '副局长丙（示例）' });
    const audit = await auditFor(b.store.db, 'approval', id);
    expect(audit.find((a) => a.action === 'approval.reassigned')?.detail).toMatchObject({
      from: { personId: 'deputy-2' },
      to: { personId: 'deputy-3' },
    });
    expect((await textsTo(b, 'ou_demo_air_officer')).at(-1)).toContain(
      '现送副局长丙（示例）（分管局长）审批',
    );
  });

  it('moves a pending step to the 局长 when the reminder run finds its approver gone and no supervisor', async () => {
    const b = bot!;
    const { json } = await submitPlan(
      b,
      planBody({ applicant: 'ou_demo_lucheng_officer', unit: 'lucheng', inspectors: [] }),
    );
    const id = String(json.id);
    const stale = await approverCard(b, 'ou_demo_lucheng_head', id);
    await removePerson(b, 'lucheng-head');
    const run = await runApprovalReminders(b.runtime.services);
    expect(run).toEqual({ reminded: [], reassigned: [id] });
    const request = await getRequest(b, id);
    expect(request.steps[0]).toMatchObject({
      name: '局长（示例）',
      openId: 'ou_demo_director',
      status: 'pending',
    });
    const old = (await cardsTo(b, 'ou_demo_lucheng_head', id)).find((c) => c.messageId === stale.messageId);
    expect(old && buttonLabels(old.content)).toEqual([]);
    expect(cardText(old?.content ?? {})).toContain('已不在本局通讯录，该环节已改由局长（示例）审批');
    const taken = await approverCard(b, 'ou_demo_director', id);
    await press(b, 'ou_demo_director', taken, '同意');
    expect((await getRequest(b, id)).status).toBe('approved');
    expect(await runApprovalReminders(b.runtime.services)).toEqual({ reminded: [], reassigned: [] });
  });
});
