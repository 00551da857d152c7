import type { WarningFormValues } from '../../../../cards/prevention/view.js';
import { readLabelled, readWarningSource } from '../../../domain/prevention/index.js';

/** 「预警提醒」 alone, or as the first line of a labelled message. */
export const WARNING_COMMAND = /^(?:发送|发出)?预警提醒(?:[:：\s]|$)/;

const LABELS = {
  enterprise: /^(?:企业|企业名称|单位|对象|统一社会信用代码|信用代码)$/,
  source: /^(?:来源|发现来源|监控来源|发现途径|平台)$/,
  risk: /^(?:风险|违法风险|风险描述|风险情况|问题)$/,
  advice: /^(?:建议|防控建议|提醒内容|措施)$/,
};

/** What a 预警提醒 message says, as the form's values; the source read into its id. */
export function readWarningMessage(text: string): WarningFormValues {
  const values = readLabelled(text.replace(WARNING_COMMAND, ''), LABELS);
  return {
    ...(values.enterprise ? { enterprise: values.enterprise } : {}),
    ...(values.source ? { source: readWarningSource(values.source) } : {}),
    ...(values.risk ? { risk: values.risk } : {}),
    ...(values.advice ? { advice: values.advice } : {}),
  };
}
