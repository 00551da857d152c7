import type { ClauseId } from '../../clauses.js';
import type { Draft } from './types.js';

/**
 * 第1条's warning asked for: 「能先给它提个醒不」「拟依托平台预警提醒，暂不入企，妥否」「先预警还是
 * 直接报分局」. The warning leads; the data source (第8条), the positive list (第9条) and the visit
 * it spares (第3条) follow with their clauses where the question states them.
 */

/** 第1条's sections and units, which the scheme charges with warning enterprises at risk. */
const WARNING_UNITS =
  /自然生态保护科|水生态环境科|大气环境科|土壤生态环境科|环境影响评价与排放管理科|综合行政执法队|生态环境监控中心|机动车排气污染防治检测中心/;
const RULE = '应充分利用智能化监管平台，对存在违法风险的企业及时预警提醒，引导企业加强源头预防，消除违法风险';

/** The warning is what is asked: proposed, or asked whether or which first. */
const ASKED =
  /预警提醒[，,]?[^，。？?]{0,10}(?:[吗么]|行不行|可以|妥|能不能|还是)|(?:能|可以|可否|能否)[^，。？?]{0,30}预警提醒|(?:拟|准备|打算)[^。？?]{0,40}预警提醒/;

export function warningAsked(text: string): boolean {
  return ASKED.test(text) && !/重污染天气/.test(text);
}

/** 第8条's own name for the source the officer saw the risk in. */
function source(text: string): string | undefined {
  if (/用电|用能|电量/.test(text)) return '用电用能';
  if (/尾气|机动车/.test(text)) return '机动车尾气';
  if (/无人机/.test(text)) return '无人机巡查';
  if (/在线|自动监控/.test(text)) return '自动监控';
  if (/排污许可/.test(text)) return '排污许可';
  return undefined;
}

interface Line {
  clause: ClauseId;
  text: string;
}

/** `unit` is the section the question names, if any. */
export function warning(text: string, yesNo: boolean, unit: string | undefined): Draft {
  const listed = unit && WARNING_UNITS.test(unit) ? `${unit}属第1条所列科室和单位，` : '';
  const lines: Line[] = [{ clause: '1', text: `${listed}${RULE}` }];
  const seen = source(text);
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
    answer: `${yesNo ? '可以，' : ''}${body}。`,
    cite: lines.map((line) => ({ clause: line.clause, about: line.text })),
  };
}
