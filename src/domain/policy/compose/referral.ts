import { askSentence } from '../ask-sentence.js';
import { fromBestSentence } from './fallback.js';
import { hasAny, type Draft, type Question } from './types.js';

const DUTY =
  '有关科室和单位应将监管中筛选出的涉嫌违法线索及时移交有关分局调查处理（第8条）；线索移送表见附件3。';

/** 「发现企业数据超标了怎么办」: what to do with a clue found, which 第8条 says goes to the branch. */
const FOUND_WHAT_TO_DO =
  /发现[^，。？]{0,16}(?:超标|异常|违法|问题|线索)[^，。？]*(?:怎么办|如何处理|怎么处理|怎么弄|给谁)/;

/** 「我们中心能直接上门罚吗」「科里自己去查行不行」: the section acting on its clue itself. */
const SELF_ACTION =
  /(?:直接|自己|自行)[^，。？?]{0,4}(?:上门|去|到|进|入企)?[^，。？?]{0,4}(?:查|罚|处罚|检查|立案|处理|处置)/;
/** A clue the section found: data, monitoring, an anomaly or an exceedance. */
const CLUE_FOUND = /发现|异常|超标|老超|数据|监测|监控|遥感|抓到|拍到/;

export function asksWhatToDoWithClue(text: string): boolean {
  return FOUND_WHAT_TO_DO.test(text);
}

/** Whether a section asks to act on its own clue, which 第8条 hands to the branch instead. */
export function asksSelfAction(text: string): boolean {
  // 「还没到违法那一步但风险挺大」 is a risk to warn of (第1条), not a clue to hand on.
  return SELF_ACTION.test(text) && CLUE_FOUND.test(text) && !/风险|苗头|还没(?:到)?(?:违法|超)/.test(text);
}

/** 第8条's list, by the officer's word: 遥感 of vehicles is 机动车尾气, 电量 is 用电用能. */
export function schemeSource(text: string): string | undefined {
  if (/机动车|尾气|车队|车辆/.test(text)) return '机动车尾气';
  if (/用电|用能|电量/.test(text)) return '用电用能';
  if (/无人机/.test(text)) return '无人机巡查';
  if (/自动监控|在线/.test(text)) return '自动监控';
  if (/排污许可/.test(text)) return '排污许可';
  return undefined;
}

/** The section acting itself: 不能, the clue goes to the branch; data monitoring frees its visit from the cap. */
export function selfAction(question: Question, branch?: string): Draft {
  const { text } = question;
  const source = schemeSource(text);
  // 「要不要自己去查」: the branch does it, 不需要; 「能不能自己去查」「能直接上门罚吗」: the section may not, 不能.
  const may =
    /罚|立案/.test(text) ||
    /能|可以|可不可以|可否|行不行|行吗/.test(askSentence(text).replace(/能力|可能/g, ''));
  const verdict = question.yesNo ? `${may ? '不能' : '不需要'}，` : '';
  const duty = `${source ? `${source}等发现的异常情况，` : ''}应将筛选出的涉嫌违法线索及时移交有关分局调查处理${branch ? `（${branch}）` : ''}（第8条）`;
  const data = /数据|监测|监控/.test(text)
    ? '；分局据数据监测发现的线索确需实施检查的，可以不受频次上限限制（第3条）'
    : '';
  return {
    answer: `${verdict}${duty}${data}；移交时填写《涉嫌环境违法线索移送表》（附件3）。`,
    cite: [
      { clause: '8', about: '涉嫌违法线索及时移交有关分局调查处理' },
      ...(data
        ? [{ clause: '3' as const, about: '数据监测等非现场手段发现线索确需实施检查 不受频次上限限制' }]
        : []),
      { clause: 'annex-3', about: '涉嫌环境违法线索移送表' },
    ],
  };
}

/** 「用电数据能拿来发现线索吗」: whether a kind of data may reveal clues, which 第8条's list answers. */
const SOURCE_USE =
  /(?:拿|用|利用|作为|当)[^，。？?]{0,4}(?:发现|找|查找|筛选|摸排)[^，。？?]{0,4}(?:线索|违法|问题|异常)/;
/** 第8条's means, as the clause lists them. */
const MEANS = '排污许可、自动监控、机动车尾气、用电用能、无人机巡查等非现场监管手段';
const SOURCES =
  '有关科室和单位要充分运用现代化监管手段，收集梳理排污许可、自动监控、机动车尾气、用电用能、无人机巡查等发现的异常情况，并将筛选出的涉嫌违法线索及时移交有关分局调查处理';

/** Whether a kind of data 第8条 lists is asked about as a way to find clues. */
export function asksSourceUse(text: string): boolean {
  return schemeSource(text) !== undefined && SOURCE_USE.test(text);
}

/** 「不用去现场也能发现企业有问题的那些办法，一般都有哪些」: 第8条's list of off-site means asked. */
const OFF_SITE = /(?:不用|不去|不进|无需|不到)(?:去)?(?:现场|厂里?|企业)|非现场|远程/;
const MEANS_ASKED =
  /(?:办法|手段|渠道|途径|方式|路子)[^。？?]{0,8}(?:哪些|哪几种|哪几个|有啥|有什么)|(?:哪些|哪几种|什么)(?:办法|手段|渠道|途径|方式)/;
export function asksOffsiteMeans(text: string): boolean {
  return OFF_SITE.test(text) && MEANS_ASKED.test(text) && /发现|问题|线索|异常|违法/.test(text);
}

/** 第8条: clues found by remote monitoring go to the branch; 附件3 is the form. */
export function referral(question: Question): Draft {
  if (asksSelfAction(question.text)) return selfAction(question);
  const source = schemeSource(question.text);
  if (source && asksSourceUse(question.text)) {
    return {
      answer: `${question.yesNo ? '可以，' : ''}${source}是所列的线索来源之一：${SOURCES}（第8条）。`,
      cite: [{ clause: '8', about: `${source} 发现的异常情况 涉嫌违法线索` }],
    };
  }
  // 「非现场执法的线索来源有哪些渠道」: where the clues come from, 第8条's list of means.
  if (
    (question.form === 'list' && /来源|渠道|从哪|哪些手段|什么手段/.test(question.text)) ||
    asksOffsiteMeans(question.text)
  ) {
    return {
      answer: `线索来源包括${MEANS}发现的异常情况；筛选出的涉嫌违法线索应及时移交有关分局调查处理（第8条）。`,
      cite: [{ clause: '8', about: `${SOURCES} 发现的异常情况` }],
    };
  }
  if (hasAny(question, 'clue', 'monitoring', 'annex3') || asksWhatToDoWithClue(question.text)) {
    return {
      answer: DUTY,
      cite: [
        { clause: '8', about: '涉嫌违法线索及时移交有关分局调查处理' },
        { clause: 'annex-3', about: `涉嫌环境违法线索移送表 ${question.text}` },
      ],
    };
  }
  return fromBestSentence(question, '8');
}
