import { quietListCard, quietPeriodForm } from '../../../../cards/upkeep/quiet.js';
import { upkeepDoneCard } from '../../../../cards/upkeep/forms.js';
import type { QuietChangeValues, QuietFormValues } from '../../../../cards/upkeep/view.js';
import type { CardActionHandler } from '../../../app/card-router.js';
import { day, formText, list, type FormValue } from '../../../app/form-values.js';
import type { MessageIntent } from '../../../app/message-router.js';
import { toastOnRefusal } from '../../../app/refusal.js';
import { isAdministrator } from '../../../domain/admins.js';
import type { Directory } from '../../../domain/org.js';
import { sheetContextOf } from '../../../domain/sheets/index.js';
import type { Reader } from '../../../store/store.js';
import { NOT_ADMIN, upkeepRefusal } from '../refusals.js';
import { queueCalendarSync } from '../service/calendar-queue.js';
import { addQuietPeriod, checkQuietPeriod } from '../service/quiet.js';
import { applyQuietChange, checkQuietChange, listItem, periodLine } from '../service/quiet-change.js';
import { listQuietRows } from '../store/quiet-repo.js';

function areas(directory: Directory): string[] {
  const ctx = sheetContextOf(directory);
  return [ctx.city, ...ctx.counties];
}

export const refuseOthers = (directory: Directory, personId: string) => {
  if (!isAdministrator(directory, personId)) throw upkeepRefusal('NOT_ALLOWED', NOT_ADMIN);
};

/** 「设置安静期」: the form, for administrators only. */
export const quietPeriodIntent: MessageIntent = {
  name: 'upkeep.quiet',
  matches: (text) => /^(设置|登记|新增)(企业)?安静期[。！!]?$/.test(text),
  async handle(ctx) {
    if (!isAdministrator(ctx.directory, ctx.identity.person.id)) return ctx.answer(NOT_ADMIN);
    await ctx.answer(quietPeriodForm(areas(ctx.directory)));
  },
};

const listCard = async (db: Reader, values?: QuietChangeValues, problem?: string) =>
  quietListCard((await listQuietRows(db)).map(listItem), values, problem);

/** 「安静期列表」「结束安静期」「删除安静期」: the calendar and the end/remove form, for administrators. */
export const quietListIntent: MessageIntent = {
  name: 'upkeep.quietList',
  matches: (text) =>
    /^((维护|管理|结束|删除|撤销)(企业)?安静期(列表|清单)?|(企业)?安静期(列表|清单))[。！!]?$/.test(text),
  async handle(ctx) {
    if (!isAdministrator(ctx.directory, ctx.identity.person.id)) return ctx.answer(NOT_ADMIN);
    await ctx.answer(await listCard(ctx.services.store.db));
  },
};

function quietValues(fv: FormValue): QuietFormValues {
  const text = (name: keyof QuietFormValues) => formText(fv, name);
  return {
    area: text('area'),
    enterprises: text('enterprises'),
    categories: text('categories'),
    pattern: text('pattern'),
    fromDay: text('fromDay'),
    toDay: text('toDay'),
    weekdays: list(fv.weekdays),
    ranges: text('ranges'),
    from: day(fv.from),
    to: day(fv.to),
    basis: text('basis'),
    exemptions: text('exemptions'),
  };
}

/** 确认设置 on the quiet-period form: checked as a notice's period, added in one audited transaction. */
export const setQuietAction: CardActionHandler = ({ action, services, directory, identity, remember }) =>
  toastOnRefusal(async () => {
    refuseOthers(directory, identity.person.id);
    const values = quietValues(action.formValue);
    const checked = await checkQuietPeriod(services.store.db, directory, values);
    if (!checked.ok)
      return {
        toast: { type: 'error', content: '未能设置，请按提示修改。' },
        card: quietPeriodForm(areas(directory), values, checked.problem),
      };
    const p = checked.period;
    const answer = {
      toast: { type: 'success' as const, content: '安静期已设置。' },
      card: upkeepDoneCard({
        title: '企业安静期已设置',
        lines: [
          { label: '安静期', value: periodLine(p) },
          { label: '依据文件', value: p.basis },
          ...(p.exemptions?.length
            ? [{ label: '例外情形', value: p.exemptions.map((e, i) => `${i + 1}. ${e}`).join('\n') }]
            : []),
          { label: '设置人', value: identity.person.name },
        ],
      }),
    };
    await services.store.write(async (tx) => {
      await addQuietPeriod(tx, p, identity.person.id);
      await queueCalendarSync(tx, services);
      await remember(tx, answer);
    });
    services.kickOutbox();
    return answer;
  });

/** 确认 on the list card: one period ended early or removed, audited with the reason. */
export const changeQuietAction: CardActionHandler = ({ action, services, directory, identity, remember }) =>
  toastOnRefusal(async () => {
    refuseOthers(directory, identity.person.id);
    const fv = action.formValue;
    const values: QuietChangeValues = {
      period: formText(fv, 'period'),
      change: formText(fv, 'change') === 'remove' ? 'remove' : 'end',
      lastDay: day(fv.lastDay),
      reason: formText(fv, 'reason'),
    };
    const { db } = services.store;
    const checked = await checkQuietChange(db, values);
    if (!checked.ok)
      return {
        toast: { type: 'error', content: '未能办理，请按提示修改。' },
        card: await listCard(db, values, checked.problem),
      };
    const c = checked.change;
    const ended = c.change === 'end';
    const answer = {
      toast: { type: 'success' as const, content: ended ? '安静期已提前结束。' : '安静期已删除。' },
      card: upkeepDoneCard({
        title: ended ? '企业安静期已提前结束' : '企业安静期已删除',
        lines: [
          { label: '安静期', value: `${c.row.period.id ?? ''} ${periodLine(c.row.period)}` },
          ...(ended ? [{ label: '最后一天', value: c.lastDay }] : []),
          { label: '原因或依据', value: c.reason },
          { label: '办理人', value: identity.person.name },
        ],
      }),
    };
    await services.store.write(async (tx) => {
      await applyQuietChange(tx, c, identity.person.id);
      await queueCalendarSync(tx, services);
      await remember(tx, answer);
    });
    services.kickOutbox();
    return answer;
  });
