import { schemeSource } from './referral.js';
import type { Draft, Question } from './types.js';

/**
 * 第8条's and 第9条's own terms asked for their meaning, aim or wording (「无感式执法要达到什么效果」
 * 「啥叫无感式执法」「正面清单图个啥」「方案里怎么表述的」), and getting listed by asking alone.
 */
const OFFSITE_TERM = /无感|非现场(?:执法)?|技防|人防|科学赋能/;
const AIM = /效果|目的|目标|达到|图个?[啥甚什么]|有啥用|有什么用|意义|作用|为[啥甚]搞|为什么搞/;
const DEFINE = /啥叫|什么叫|是什么|是啥|什么意思|啥意思|说人话|怎么理解|通俗/;
const TASK = /具体(?:要)?(?:干|做)|干啥|做什么|干什么|怎么做|怎么干|落到/;
const WORDING = /怎么表述|原文|怎么说的|怎么写的|怎么规定的|原话/;

const OFFSITE_DUTY =
  '有关科室和单位要充分运用现代化监管手段，收集梳理排污许可、自动监控、机动车尾气、用电用能、无人机巡查等发现的异常情况，并将筛选出的涉嫌违法线索及时移交有关分局调查处理';
const OFFSITE_AIM =
  '通过科学赋能，提高检查的精准性和有效性，有效减少入企检查频次，实现由“人防为主”向“技防优先”转变，做到“守法企业无事不扰、违法企业利剑高悬”';

const LIST_RULES =
  '认真执行省生态环境厅《生态环境监督执法正面清单管理办法》，转变监管理念，推动差异化执法监管，发挥生态环境守法企业的正面激励和示范效应';
const LIST_MEASURE =
  '对符合条件的守法模范企业经过筛选程序，列入监督执法正面清单，采取减少、免除现场检查等正向激励举措';
/** 「自己报个名就行吗」「申请一下就能进吗」: asking alone, short of the screening. */
const SELF_ENROL = /自己(?:报|申请|提)|报个名|报名|申请一下|打个报告|交个申请/;

/** The answer to such an ask of 第8条 or 第9条, when it is one. */
export function offsiteOrListAims(question: Question): Draft | undefined {
  const { text } = question;
  if (OFFSITE_TERM.test(text) && !/线索[^，。？?]{0,6}(?:交|移)|发现|拍到|超标|异常/.test(text)) {
    const answer = AIM.test(text)
      ? OFFSITE_AIM
      : DEFINE.test(text)
        ? `即${OFFSITE_DUTY.replace('有关科室和单位要', '')}，${OFFSITE_AIM.replace('通过科学赋能，', '')}`
        : TASK.test(text)
          ? OFFSITE_DUTY
          : undefined;
    if (answer) return { answer: `${answer}（第8条）。`, cite: [{ clause: '8', about: answer }] };
  }
  if (!/正面清单/.test(text)) return undefined;
  if (SELF_ENROL.test(text) && question.yesNo) {
    const answer = `不能，须是符合条件的守法模范企业经过筛选程序，方可列入监督执法正面清单，企业自己申请不够（第9条）。`;
    return { answer, cite: [{ clause: '9', about: LIST_MEASURE }] };
  }
  if (AIM.test(text) && !/企业[^，。？?]{0,4}(?:有|能)/.test(text)) {
    const answer = `正面清单制度旨在转变监管理念，推动差异化执法监管，发挥生态环境守法企业的正面激励和示范效应；列入的企业可减少、免除现场检查（第9条）。`;
    return { answer, cite: [{ clause: '9', about: LIST_RULES }] };
  }
  if (WORDING.test(text)) {
    return {
      answer: `${LIST_RULES}。${LIST_MEASURE}（第9条）。`,
      cite: [{ clause: '9', about: LIST_MEASURE }],
    };
  }
  return undefined;
}

/** 「是不是得把线索交给分局去查」: whether a clue a section found goes to the branch, which 第8条 says. */
const HAND_OVER =
  /(?:线索|问题)[^，。？?]{0,6}(?:交给|移交|转给|报给|交到|转到)[^，。？?]{0,6}分局[^，。？?]{0,8}(?:吗|么|是不是|要不要|是否|对不对|对吗)|(?:是不是|要不要|是否|该不该)[^，。？?]{0,6}(?:把)?(?:线索|问题)[^，。？?]{0,4}(?:交给|移交|转给|报给)[^，。？?]{0,4}分局/;

export function handOverAsked(text: string): Draft | undefined {
  if (!HAND_OVER.test(text)) return undefined;
  const source = schemeSource(text);
  const answer = `需要，${source ? `${source}等发现的异常情况，` : ''}应将筛选出的涉嫌违法线索及时移交有关分局调查处理（第8条）。`;
  return { answer, cite: [{ clause: '8', about: '涉嫌违法线索及时移交有关分局调查处理' }] };
}

/** 「移给分局，打个电话说一声就行吗」「微信里说一下行不行」: a clue handed over in words alone. */
const IN_WORDS =
  /(?:打个?电话|电话里|口头|微信(?:里|上)?|说一声|打声招呼|知会一声)[^，。？?]{0,6}(?:就行|就可以|就够|行不行|行吗|可以吗|够不够|够吗)/;
const CLUE_HANDED = /移给|移交|移送|转给|交给|线索/;

export function handedOverInWords(text: string, ask: string, branch?: string): Draft | undefined {
  if (!IN_WORDS.test(ask) || !CLUE_HANDED.test(text)) return undefined;
  const answer = `不能，应填写《涉嫌环境违法线索移送表》（附件3），附移交材料清单，将涉嫌违法线索及时移交${branch ?? '有关分局'}调查处理（第8条）。`;
  return {
    answer,
    cite: [
      { clause: 'annex-3', about: '涉嫌环境违法线索移送表 移交材料清单' },
      { clause: '8', about: '涉嫌违法线索及时移交有关分局调查处理' },
    ],
  };
}
