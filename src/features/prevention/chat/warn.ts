import { randomUUID } from 'node:crypto';
import { warningCard, warningFormCard } from '../../../../cards/prevention/warning.js';
import type { WarningFormValues } from '../../../../cards/prevention/view.js';
import { actionContextOf } from '../../../app/action-context.js';
import type { CardActionHandler, CardResponse } from '../../../app/card-router.js';
import { formText } from '../../../app/form-values.js';
import type { MessageIntent } from '../../../app/message-router.js';
import { Refusal } from '../../../app/refusal.js';
import type { Services } from '../../../app/services.js';
import type { Identity } from '../../../directory/who.js';
import type { Directory } from '../../../domain/org.js';
import { isWarningSource } from '../../../domain/prevention/index.js';
import { loadEnterprises } from '../../../directory/directory-repo.js';
import { enterpriseOrRefuse } from '../enterprise-input.js';
import { RepeatedWarning, sendWarning } from '../service/send-warning.js';
import type { WarningRow } from '../store/warning-repo.js';
import { readWarningMessage, WARNING_COMMAND } from './warning-text.js';

type Complete = Required<WarningFormValues>;

function complete(values: WarningFormValues): values is Complete {
  return !!values.enterprise && !!values.source && !!values.risk && !!values.advice;
}

function sentText(row: WarningRow, directory: Directory): string {
  const branch = directory.units.find((u) => u.id === row.branchId);
  const told = branch ? `已告知${branch.name}跟进` : `未找到负责${row.county}的分局，请另行告知`;
  return `已向${row.enterpriseName}发出预警提醒${row.id}，${told}。`;
}

type Outcome = { sent: true; row: WarningRow } | { sent: false; notice: string; force: boolean };

/** Sends the warning; what a person must fix or confirm comes back as the form's notice. */
async function trySend(
  services: Services,
  directory: Directory,
  identity: Identity,
  values: Complete,
  repeat: boolean,
): Promise<Outcome> {
  const { source } = values;
  if (!isWarningSource(source)) return { sent: false, notice: '请选择发现来源。', force: false };
  try {
    const enterprise = enterpriseOrRefuse(values.enterprise, await loadEnterprises(services.store.db));
    const env = actionContextOf(services, directory);
    const row = await services.store.write((tx) =>
      sendWarning(tx, env, {
        channel: 'chat',
        sender: identity.person,
        enterprise,
        source,
        risk: values.risk,
        advice: values.advice,
        repeat,
      }),
    );
    services.kickOutbox();
    return { sent: true, row };
  } catch (err) {
    if (!(err instanceof Refusal) || err.code === 'NOT_ALLOWED') throw err;
    return { sent: false, notice: err.message, force: err instanceof RepeatedWarning };
  }
}

/** 「预警提醒」: a complete labelled message is sent at once; otherwise the form, filled with what was said. */
export const warnIntent: MessageIntent = {
  name: 'prevention.warn',
  matches: (text) => WARNING_COMMAND.test(text),
  async handle(ctx) {
    const values = readWarningMessage(ctx.msg.text);
    const formRef = randomUUID();
    if (!complete(values)) {
      await ctx.answer(warningFormCard(formRef, values));
      return;
    }
    try {
      const outcome = await trySend(ctx.services, ctx.directory, ctx.identity, values, false);
      await ctx.answer(
        outcome.sent
          ? sentText(outcome.row, ctx.directory)
          : warningFormCard(formRef, values, { notice: outcome.notice, force: outcome.force }),
      );
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      await ctx.answer(err.message);
    }
  },
};

/** 发送预警提醒 on the form; 仍然发送 sends a repeat the form pointed out. */
export const warnAction: CardActionHandler = async ({ action, services, directory, identity }) => {
  const fv = action.formValue;
  const values: WarningFormValues = {
    ...(formText(fv, 'enterprise') ? { enterprise: formText(fv, 'enterprise') } : {}),
    ...(formText(fv, 'source') ? { source: formText(fv, 'source') } : {}),
    ...(formText(fv, 'risk') ? { risk: formText(fv, 'risk') } : {}),
    ...(formText(fv, 'advice') ? { advice: formText(fv, 'advice') } : {}),
  };
  const formRef = typeof action.value.form === 'string' ? action.value.form : randomUUID();
  if (!complete(values)) {
    return { toast: { type: 'error', content: '请填写企业、发现来源、违法风险和防控建议。' } };
  }
  try {
    const outcome = await trySend(services, directory, identity, values, action.value.force === true);
    if (outcome.sent) {
      return {
        toast: { type: 'success', content: sentText(outcome.row, directory) },
        card: warningCard(outcome.row, { actions: false, notice: sentText(outcome.row, directory) }),
      };
    }
    const answer: CardResponse = {
      toast: { type: outcome.force ? 'warning' : 'error', content: outcome.notice },
      card: warningFormCard(formRef, values, { notice: outcome.notice, force: outcome.force }),
    };
    return answer;
  } catch (err) {
    if (!(err instanceof Refusal)) throw err;
    return { toast: { type: 'error', content: err.message } };
  }
};
