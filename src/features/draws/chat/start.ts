import { z } from 'zod';
import { repeatRequestCard } from '../../../../cards/draws/repeat.js';
import { drawResultCard } from '../../../../cards/draws/result.js';
import type { CardActionHandler } from '../../../app/card-router.js';
import type { MessageIntent } from '../../../app/message-router.js';
import { headedUnits, parseDrawInput, resolveDraw } from '../input.js';
import { repeatPending } from '../service/repeat.js';
import { startDraw } from '../service/start.js';
import { loadDrawSettings } from '../settings.js';
import { buildDrawForm } from './form-card.js';
import { bodyFromForm, issuesText, valuesFromForm } from './form-values.js';
import { toastOnRefusal, type Refusal } from '../../../app/refusal.js';

const START = /^(发起|开始|组织)?双随机(抽查|抽取)?[。！!]?$/;

/** 「发起双随机抽查」: a unit head gets the draw form; anyone else is told who may start one. */
export const startDrawIntent: MessageIntent = {
  name: 'draw.start',
  matches: (text) => START.test(text),
  async handle(ctx) {
    const [unit] = headedUnits(ctx.directory, ctx.identity.person.id);
    if (!unit) {
      await ctx.answer('双随机抽查由科室负责人或分局主要负责人发起，请联系本单位负责人。');
      return;
    }
    const settings = await loadDrawSettings(ctx.services.store.db);
    const form = await buildDrawForm(ctx.services.store.db, ctx.directory, unit, settings);
    await ctx.answer(form.card, form.cardRef);
  },
};

const submitValue = z.object({ form: z.string().min(1) });

/**
 * 随机抽取: holds the draw and files its plans. Bad fields or a pool that cannot be drawn bring the
 * form back as it was filled in, with the reason on top; success turns it into the result card.
 */
export const submitDrawAction: CardActionHandler = async ({ action, services, directory, identity }) => {
  const value = submitValue.safeParse(action.value);
  if (!value.success) return { toast: { type: 'error', content: '该卡片操作无效，请重新发起。' } };
  const formRef = value.data.form;
  const { db } = services.store;
  const settings = await loadDrawSettings(db);
  const [unit] = headedUnits(directory, identity.person.id);
  if (!unit) return { toast: { type: 'error', content: '仅科室或分局负责人可以发起双随机抽查。' } };
  const again = async (notice: string) => {
    const form = await buildDrawForm(db, directory, unit, settings, valuesFromForm(action.formValue), {
      notice,
      formRef,
    });
    return { toast: { type: 'error' as const, content: '未能抽取，请按提示修改。' }, card: form.card };
  };
  const parsed = parseDrawInput(bodyFromForm(action.formValue, identity.person.openId));
  const resolved = parsed.ok
    ? resolveDraw(directory, parsed.value, settings, services.config.drawTestSeeds)
    : parsed;
  if (!resolved.ok) return again(issuesText(resolved.issues));
  // Bad input found while drawing, or a repeat without its reason, shows the form again with the
  // reason; other refusals are toasts.
  const formAgainOnBadInput = (refusal: Refusal) =>
    refusal.code === 'BAD_INPUT' || refusal.code === 'REPEAT_NEEDS_APPROVAL'
      ? again(refusal.message)
      : undefined;
  return toastOnRefusal(async () => {
    const outcome = await startDraw(services, directory, resolved.value, { source: 'chat', formRef });
    if (outcome.kind === 'repeat-requested') {
      return {
        toast: { type: 'info' as const, content: repeatPending(outcome.request) },
        card: repeatRequestCard(outcome.request, { decide: false }),
      };
    }
    const { view, created } = outcome;
    const filed = view.items.filter((i) => i.filing === 'filed').length;
    const toast = created
      ? {
          type: 'success' as const,
          content: `已完成抽查${view.id}，抽中${view.items.length}家，已送审批${filed}份计划。`,
        }
      : { type: 'info' as const, content: `该表已完成抽查，编号${view.id}。` };
    return { toast, card: drawResultCard(view) };
  }, formAgainOnBadInput);
};
