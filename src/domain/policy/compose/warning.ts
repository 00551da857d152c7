import type { ClauseId } from '../../clauses.js';
import { WARNING_UNITS } from '../incident-other-rules.js';
import { schemeSource } from './referral.js';
import { askedForm } from '../form.js';
import { getClause } from '../scheme.js';
import { fromBestSentence } from './fallback.js';
import type { Draft, Question } from './types.js';

/**
 * 第1条's warning asked for: 「能先给它提个醒不」「拟依托平台预警提醒，暂不入企，妥否」「先预警还是
 * 直接报分局」. The warning leads; the data source (第8条), the positive list (第9条) and the visit
 * it spares (第3条) follow with their clauses where the question states them.
 */

const RULE = '应充分利用智能化监管平台，对存在违法风险的企业及时预警提醒，引导企业加强源头预防，消除违法风险';

/** The warning is what is asked: proposed, or asked whether or which first. */
const ASKED =
  /预警提醒[，,]?[^，。？?]{0,10}(?:[吗么]|行不行|可以|妥|能不能|还是)|(?:能|可以|可否|能否|要不要|需不需要|是否|该不该|应不应该)[^，。？?]{0,30}预警提醒|(?:拟|准备|打算)[^。？?]{0,40}预警提醒/;

export function warningAsked(text: string): boolean {
  return ASKED.test(text) && !/重污染天气/.test(text);
}

interface Line {
  clause: ClauseId;
  text: string;
}

/** `unit` is the section the question names, if any. */
export function warning(text: string, yesNo: boolean, unit: string | undefined): Draft {
  const listed = unit && WARNING_UNITS.test(unit) ? `${unit}属第1条所列科室和单位，` : '';
  const lines: Line[] = [{ clause: '1', text: `${listed}${RULE}` }];
  const seen = schemeSource(text);
  // 「还没超标」 is no clue yet; once one is found, 第8条 hands it on.
  if (seen || /平台|监测|监控|数据/.test(text))
    lines.push({
      clause: '8',
      text: `${seen ? `${seen}数据` : '监测数据'}经筛选发现涉嫌违法线索的，应及时移交有关分局调查处理`,
    });
  if (/正面清单/.test(text))
    lines.push({ clause: '9', text: '正面清单企业应减少、免除现场检查，先行预警提醒' });
  else if (/不入企|不去现场|非现场|派人去|直接去|去企业|去现场|入企检查/.test(text))
    lines.push({ clause: '3', text: '先预警提醒、暂不入企检查，符合最大限度减少入企检查频次的要求' });
  const body = lines.map((line) => `${line.text}（第${line.clause}条）`).join('；');
  return {
    answer: `${yesNo ? (/要不要|需不需要|该不该|应不应该/.test(text) ? '需要，' : '可以，') : ''}${body}。`,
    cite: lines.map((line) => ({ clause: line.clause, about: line.text })),
  };
}

/** 「谁负责预警提醒」「预警这活儿归哪些科室」: who warns. */
const WHO_WARNS = /哪(?:些|个|几个)(?:科室|单位|部门)|归哪些/;
export function asksWhoWarns(text: string): boolean {
  return askedForm(text) === 'who' || WHO_WARNS.test(text);
}

/** 「谁负责预警提醒」: the sections and units 第1条 lists, then what they do. */
export function warningDuty(question: Question): Draft {
  if (!asksWhoWarns(question.text)) return fromBestSentence(question, '1');
  const units = /^(.*?)等科室和单位/.exec(getClause('1').text.replace(/^[^。]*?防控。?/, ''))?.[1];
  if (!units) return fromBestSentence(question, '1');
  const answer = `由${units}等科室和单位负责，${RULE}（第1条）。`;
  return { answer, cite: [{ clause: '1', about: `${units} ${RULE}` }] };
}
