import { z } from 'zod';
import { bureauToday } from '../../../time.js';
import { applicantCard } from '../../../../cards/approvals/applicant.js';
import type { CardActionHandler } from '../../../app/card-router.js';
import { explainDecision } from '../../../domain/rules/index.js';
import { buildFormCard } from '../form-card.js';
import { parseInput, resolveInput } from '../input.js';
import { actionContextOf } from '../../../app/action-context.js';
import { submitRequest } from '../service/submit.js';
import { inputFromForm, issuesText, valuesFromForm } from './form-value.js';
import { unitFromForm } from './unit-value.js';
import { toastOnRefusal } from '../../../app/refusal.js';

const submitValue = z.object({
  kind: z.enum(['plan', 'special']),
  form: z.string().min(1),
  owner: z.string().min(1),
});

/**
 * The annex form's 提交审批. Bad fields or blocking findings bring the same form back, filled in as
 * it was, with each problem and its clause on top; success turns it into the applicant's card.
 */
export const submitAction: CardActionHandler = ({ action, services, directory, identity }) =>
  toastOnRefusal(async () => {
    const value = submitValue.safeParse(action.value);
    if (!value.success) return { toast: { type: 'error', content: '该卡片操作无效，请重新发起。' } };
    const { kind, form: formRef, owner } = value.data;
    if (owner !== action.operatorOpenId) {
      return {
        toast: {
          type: 'error',
          content: '该审批表由他人发起，请发送「发起入企检查审批」或「申请专项检查」填写本人的审批表。',
        },
      };
    }
    const person = identity.person;
    const { db } = services.store;
    const again = (notice: string) =>
      buildFormCard(db, directory, person, kind, valuesFromForm(kind, action.formValue), {
        notice,
        formRef,
        today: bureauToday(services.now()),
      });
    const unit = unitFromForm(action.formValue, directory);
    const body = {
      ...inputFromForm(kind, action.formValue, person.openId, directory.people),
      unit: unit.unit,
    };
    const parsed = parseInput(kind, body);
    const resolved = parsed.ok ? await resolveInput(db, directory, parsed.value) : parsed;
    // A unit typed but not found is said once, in its own words, not also as a missing unit.
    const issues = [
      ...(unit.issue ? [unit.issue] : []),
      ...(resolved.ok ? [] : resolved.issues.filter((i) => !(unit.issue && i.field === 'unit'))),
    ];
    if (!resolved.ok || issues.length > 0) {
      const form = await again(issuesText(issues));
      return { toast: { type: 'error', content: '审批表填写不完整，请按提示修改。' }, card: form.card };
    }
    const env = actionContextOf(services, directory);
    const outcome = await services.store.write((tx) =>
      submitRequest(tx, env, resolved.value, { source: 'chat', formRef }),
    );
    if (!outcome.ok) {
      const form = await again(explainDecision(outcome.decision));
      return { toast: { type: 'error', content: '申请未通过合规核查，请按提示修改。' }, card: form.card };
    }
    const step = outcome.view.steps[outcome.view.currentStep ?? 0];
    return {
      toast: { type: 'success', content: `已提交，编号${outcome.view.id}，已送${step?.name ?? ''}审批。` },
      card: applicantCard(outcome.view),
    };
  });
