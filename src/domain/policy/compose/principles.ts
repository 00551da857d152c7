import type { Draft, Question } from './types.js';

/**
 * 一、总体要求 asked directly: whether the scheme lets enforcement relax for the business climate,
 * whether 一刀切 is allowed, what the scheme is for, its overall line, 全过程执法服务, 执法与服务.
 */
const RELAX = /放宽|放松|松一松|松一点|松些|松动|宽松|网开一面|手下留情|睁一只眼|高抬贵手|降低要求|降低标准/;
const ONE_SIZE = /一刀切/;
/** 「现在只能普法不能罚了」: penalties said to be over altogether. */
const NO_PENALTY =
  /只(?:能|许|准)?(?:普法|教育|提醒|宣传)[^，。？?]{0,4}(?:不能|不许|不准|不再|不)(?:罚|处罚)|(?:以后|现在|今后)(?:都)?不(?:能|再|许)?(?:罚|处罚)了/;
const PURPOSE =
  /为[啥甚何]|为什么|为了啥|目的|图个?[甚啥什么]|图啥|(?:出台|制定|印发)[^，。？?]{0,6}(?:干啥|干什么|做什么|意义|初衷)|意义何在|初衷/;
const LINE =
  /总体思路|总体要求|总的要求|总要求|一句话|概括|核心思想|核心要求|主要思路|指导思想|基本原则|总原则|大原则|总基调|主基调/;
const WHOLE_PROCESS = /全过程|事前[^，。？?]{0,6}事中|事中[^，。？?]{0,6}事后/;
const SERVICE = /只管执法|不管服务|光执法|执法与服务|执法和服务|执法跟服务|服务与执法|服务和执法/;

type GeneralKind = 'relax' | 'oneSize' | 'purpose' | 'line' | 'process' | 'service';

/** 「事前事中事后公示」 is 第7条's, 「一刀切」 of a penalty 第13条's: those are left to their clauses. */
export function generalAsked(text: string): GeneralKind | undefined {
  if (/公示|公开/.test(text)) return undefined;
  // The everyday reader turns 「网开一面」 into 从轻处罚; with no violation told it asks the principle.
  const eased =
    RELAX.test(text) || (/从轻处罚/.test(text) && !/超标|偷排|弄虚作假|无证|首次|轻微|情节|案/.test(text));
  if (eased && /营商环境|发展|排污|守法/.test(text)) return 'relax';
  if (NO_PENALTY.test(text) && !/超标|偷排|弄虚作假|无证|首次|首违|轻微|情节|案/.test(text)) return 'relax';
  if (ONE_SIZE.test(text) && !/罚|首违|停产|查封|扣押|限产/.test(text)) return 'oneSize';
  if (SERVICE.test(text)) return 'service';
  // 「执法全过程留痕」 is 第6条's record of a visit, not 全过程执法服务.
  if (WHOLE_PROCESS.test(text) && !/留痕|记录仪|移动执法|回溯/.test(text)) return 'process';
  if ((LINE.test(text) && /方案|文件|号文|36号/.test(text)) || /守底线|促发展/.test(text)) return 'line';
  // 「宣传引导要达到啥目的」 asks a part's aim, not the scheme's.
  const part = /[科队局]|附件|表|宣传|培训|普法|监督|专班|清单|安静期|预警|检查|整改|处罚/;
  if (PURPOSE.test(text) && /方案|文件|号文|36号|这个/.test(text) && !part.test(text)) return 'purpose';
  return undefined;
}

const ABOUT = '坚持执法与服务相统一，守底线和促发展相结合';
const NOT_RELAXED = '坚持严厉打击违法排污行为不放松，严格要求企业自律守法不放松';
const PROCESS = '强化“事前积极预防、事中审慎考量、事后引导整改”全过程执法服务';
const AIM = '为优化营商环境、助力我市高质量发展提供有力保障';

export function general(question: Question, kind: GeneralKind): Draft {
  const yesNo = question.form === 'yes-no';
  const negated = /是不是|是否|对吗|对不对|是吗/.test(question.text);
  const answer = {
    relax: `${yesNo ? (NO_PENALTY.test(question.text) ? '不是。' : '不能。') : ''}实施方案${NOT_RELAXED}（总体要求）。`,
    oneSize: `${yesNo ? (negated ? '不是，' : '不能，') : ''}实施方案要求严防执法“一刀切”，推行“普法宣传—教育引导—告诫说理—行政处罚—监督整改”渐进式执法（总体要求）。`,
    purpose: `实施方案旨在规范涉企生态环境执法检查，${AIM}（总体要求）。`,
    line: `${ABOUT}；${NOT_RELAXED}；推行“普法宣传—教育引导—告诫说理—行政处罚—监督整改”渐进式执法（总体要求）。`,
    process: `${yesNo ? '是的，' : /几个|几步|几方面|多少/.test(question.text) ? '分为事前、事中、事后三个阶段：' : ''}总体要求提出${PROCESS}（总体要求）。`,
    service: `${yesNo ? (/只管|不管|光/.test(question.text) ? '不符合，' : '是的，') : ''}实施方案${ABOUT}（总体要求）；整改后应督导企业明确改进方向，帮助企业纾困解难（第15条）。`,
  }[kind];
  // 「安静期局长批了才进的厂，全过程执法服务咋要求」: the stated quiet period has its own clause.
  const quiet = /安静期/.test(question.text)
    ? '安静期内确需现场执法检查的，须报请本级行政执法主体主要负责人批准（第10条）'
    : '';
  const cites: Draft['cite'] = [{ clause: 'general', about: question.text }];
  if (quiet) cites.push({ clause: '10', about: quiet });
  if (kind === 'service') cites.push({ clause: '15', about: '帮助企业纾困解难' });
  return { answer: quiet ? answer.replace(/。$/, `；${quiet}。`) : answer, cite: cites };
}

/**
 * The cover notice asked directly: to whom it was sent, whom it binds, what it governs, what it rests
 * on, how many other entries it leaves to other rules.
 */
const DOCUMENT = /通知|方案|文件|号文|36号|这个文/;
const SENT_TO = /发给|印发给|下发给|发到|发至|主送|抄送|发文对象|发了哪些|发哪些/;
const BINDS =
  /(?:要求|让|请|叫)[^，。？?]{0,10}(?:哪些|哪个|什么|啥)[^，。？?]{0,4}(?:部门|单位)|(?:哪些|哪个|什么)(?:部门|单位)[^，。？?]{0,6}(?:执行|落实|遵照|照办|遵守)|谁来执行|谁执行/;
const GOVERNS =
  /管[甚啥什么]|管哪些|管的是|管哪块|适用范围|适用于哪些|规范的?(?:是|哪些|什么)|只管|就管|针对(?:的是)?(?:哪些|什么|啥)/;
const BASIS =
  /照搬|结合[^，。？?]{0,6}实际|上位(?:文件|依据)|依据(?:的是)?(?:哪个|什么|啥)文件|根据(?:哪个|什么|啥)文件|按照(?:哪个|什么|啥)文件|省厅(?:的)?(?:文件|意见)/;
const OTHER_COUNT = /其他入企行为[^，。？?]{0,10}(?:几种|几类|几个|多少种|多少类|哪几种|哪些)/;

type NoticeKind = 'sentTo' | 'binds' | 'governs' | 'basis' | 'otherCount';

export function noticeAsked(text: string): NoticeKind | undefined {
  if (OTHER_COUNT.test(text)) return 'otherCount';
  if (!DOCUMENT.test(text)) return undefined;
  if (SENT_TO.test(text)) return 'sentTo';
  if (BINDS.test(text)) return 'binds';
  // 「依据的是不是正面清单管理办法」 names a document of a clause: that clause's reading answers.
  if (BASIS.test(text) && !/正面清单|裁量基准|事项清单|行为规范|管理办法/.test(text)) return 'basis';
  if (GOVERNS.test(text) && !/[科队局]|附件|表|清单|安静期/.test(text)) return 'governs';
  return undefined;
}

const RECIPIENTS = '各分局，相关科室，局属有关单位';
const OTHER = '行政许可、工作调研、考核评估和核与辐射监管等其他入企行为按照相关规定和要求执行';

export function notice(question: Question, kind: NoticeKind): Draft {
  const yesNo = question.form === 'yes-no';
  const text = question.text;
  // 「也发给了县区政府吗」 names a recipient the notice does not list.
  const listed = /分局|科室|局属/.test(text.replace(/各分局，相关科室/, ''));
  const answer = {
    sentTo: `${yesNo ? (listed ? '是的，' : '不是，') : ''}印发通知主送${RECIPIENTS}（印发通知）。`,
    binds: `全市生态环境部门：印发通知请全市生态环境部门严格按照相关要求开展入企执法检查（印发通知）。`,
    governs: `${yesNo ? '是的，' : ''}实施方案规范的是入企执法检查：印发通知请全市生态环境部门严格按照相关要求开展入企执法检查，${OTHER}（印发通知）。`,
    basis: `实施方案按照省生态环境厅《关于进一步规范涉企执法检查助力优化营商环境的实施意见》（晋环发〔2025〕4号）有关要求，结合我市实际制定（印发通知）。`,
    otherCount: `印发通知列举了四种：${OTHER}（印发通知）。`,
  }[kind];
  return { answer, cite: [{ clause: 'notice', about: text }] };
}
