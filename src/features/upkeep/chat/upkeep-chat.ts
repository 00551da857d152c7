import { positiveListForm, upkeepDoneCard } from '../../../../cards/upkeep/forms.js';
import type { PositiveFormValues } from '../../../../cards/upkeep/view.js';
import type { CardActionHandler } from '../../../app/card-router.js';
import { day, formText } from '../../../app/form-values.js';
import type { MessageIntent } from '../../../app/message-router.js';
import { toastOnRefusal } from '../../../app/refusal.js';
import { isAdministrator } from '../../../domain/admins.js';
import { NOT_ADMIN } from '../refusals.js';
import { applyPositiveChange, checkPositiveChange } from '../service/positive.js';
import { refuseOthers } from './quiet-chat.js';

/** 「调整正面清单」「移出正面清单」: the form, for administrators only. */
export const positiveListIntent: MessageIntent = {
  name: 'upkeep.positive',
  matches: (text) => /^(调整|维护|添加|移出|列入)(监督执法)?正面清单[。！!]?$/.test(text),
  async handle(ctx) {
    if (!isAdministrator(ctx.directory, ctx.identity.person.id)) return ctx.answer(NOT_ADMIN);
    const change = ctx.msg.text.startsWith('移出') ? 'remove' : 'add';
    await ctx.answer(positiveListForm({ change }));
  },
};

/** 确认 on the positive-list form: the enterprise on or off the list, audited with its basis. */
export const setPositiveAction: CardActionHandler = ({ action, services, directory, identity, remember }) =>
  toastOnRefusal(async () => {
    refuseOthers(directory, identity.person.id);
    const fv = action.formValue;
    const values: PositiveFormValues = {
      enterprise: formText(fv, 'enterprise'),
      change: formText(fv, 'change') === 'remove' ? 'remove' : 'add',
      from: day(fv.from),
      to: day(fv.to),
      basis: formText(fv, 'basis'),
    };
    const checked = await checkPositiveChange(services.store.db, directory, values);
    if (!checked.ok)
      return {
        toast: { type: 'error', content: '未能调整，请按提示修改。' },
        card: positiveListForm(values, checked.problem),
      };
    const c = checked.change;
    const validity = c.change === 'add' ? `${c.from ?? '即日'} 至 ${c.to ?? '长期'}` : '';
    const answer = {
      toast: {
        type: 'success' as const,
        content: c.change === 'add' ? '已列入正面清单。' : '已移出正面清单。',
      },
      card: upkeepDoneCard({
        title: c.change === 'add' ? '已列入监督执法正面清单' : '已移出监督执法正面清单',
        lines: [
          { label: '企业', value: `${c.name}（${c.uscc}）` },
          ...(validity ? [{ label: '有效期', value: validity }] : []),
          { label: '依据文件', value: c.basis },
          { label: '办理人', value: identity.person.name },
        ],
      }),
    };
    await services.store.write(async (tx) => {
      await applyPositiveChange(tx, c, identity.person.id);
      await remember(tx, answer);
    });
    return answer;
  });
