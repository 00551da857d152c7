import { shortUnitName, type Enterprise } from '../org.js';
import { cite } from './citations.js';
import type { AnswerContext, PolicyAnswer } from './types.js';

/** 「这家企业今年送法入企了吗？」: asked about the records, not about the scheme's duty. */
const ASKED = /送法入企|普法/;
const RECORD = /了吗|了没|没有|过吗|过没|几次|开展过|做过|进度|去过/;

/** 「这个覆盖是按全市算还是按县算」: how the scheme counts, asked last, is the rule's (第2条). */
const RULE_CHOICE = /还是|按[^，。？?]{1,6}(?:算|计)/;

export function asksOutreach(text: string): boolean {
  const last =
    text
      .split(/[，,；;？?。\s]/)
      .filter(Boolean)
      .at(-1) ?? '';
  // 「帮他们查一查有没有问题」 asks about the enterprise, not the records.
  return ASKED.test(text) && RECORD.test(text.replace(/有没有(?:问题|毛病)/g, '')) && !RULE_CHOICE.test(last);
}

/** One 送法入企 activity that reached the enterprise, as the records hold it. */
export interface OutreachVisit {
  date: string;
  unitName: string;
  formLabel: string;
  topic: string;
}

function day(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** The enterprise's 送法入企 this year, from the bureau's records, with the records' date. */
export function outreachAnswer(enterprise: Enterprise, ctx: AnswerContext): PolicyAnswer {
  const { today } = ctx;
  const year = today.slice(0, 4);
  const visits = (ctx.outreach ?? []).filter((v) => v.date.startsWith(year) && v.date <= today);
  const asOf = `截至${year}年${day(today)}`;
  const answer =
    visits.length > 0
      ? `是。${asOf}，${enterprise.name}${year}年已开展送法入企${visits.length}次：${visits
          .map((v) => `${day(v.date)}${shortUnitName(v.unitName)}${v.formLabel}「${v.topic}」`)
          .join('；')}（据本局送法入企记录）。`
      : `否。${asOf}，${enterprise.name}${year}年尚无送法入企记录${
          enterprise.key ? '；该企业为重点企业，应力争年内覆盖' : ''
        }（据本局送法入企记录）。`;
  return {
    answer,
    citations: cite([{ clause: '2', about: '送法入企 力争做到每年全市重点企业全覆盖' }]),
    outOfScope: false,
  };
}
