import { addDays, type DateRange } from '../rules/index.js';
import { chineseNumber } from './numerals.js';

/**
 * What an officer says about the enterprise and the visit beyond trigger, method and dates: how
 * often it was already checked this year, a major problem found, a planned length, a joint visit,
 * a follow-up of rectification. Each is a fact the case answer must weigh and name.
 */
export interface StatedFacts {
  /** On-site visits this year the officer says were already made (「已经查过两次」「今年第三次」). */
  visits?: number;
  /** 「被查出重大环境问题」: 第11条 raises the frequency. */
  majorProblem?: boolean;
  /** 「准备查6个月」: the visit or special inspection runs this many days. */
  days?: number;
  /** 「X和Y都要去」「一起查」: several units mean to visit the same enterprise. */
  joint?: boolean;
  /** 「复查整改情况」: a follow-up of rectification (第14条、第15条). */
  rectify?: boolean;
  /** 「偷排」「超标」「没落实停限产」: a serious violation (第11条) the visit is about. */
  violation?: string;
  /** Facts the scheme says nothing about (夜间, 节假日, 突击), in the officer's words. */
  uncovered: string[];
}

const NUMBER = '(\\d+|[一二两三四五六七八九十]+)';
/** 「两三次」「三四回」: an officer's rough count, read as the larger, which the cap must allow. */
const ROUGH = /^([一二两三四五六七八九])([一二两三四五六七八九])$/;
const count = (text: string): number => {
  if (/^\d+$/.test(text)) return Number(text);
  const rough = ROUGH.exec(text);
  if (rough) return Math.max(chineseNumber(rough[1] ?? ''), chineseNumber(rough[2] ?? ''));
  return chineseNumber(text);
};

/** 「已经查过两次」「去过2次」「检查了三次」: visits so far. */
const DONE = new RegExp(
  `(?:已经?|已然|都|今年|本年|这个月|本月)[^，。？]{0,4}?(?:查|检查|去|到|来|现场检查)(?:过|了)(?:了)?${NUMBER}(?:次|回|遍)`,
);
const MONTH_DAY = '(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份)?(?:\\d{1,2}[日号])?';
/** 「3月、6月已经各查过一次」「3月和6月各来过一回」: one visit in each month listed. */
const EACH = new RegExp(
  `(${MONTH_DAY}(?:[、和跟及与]${MONTH_DAY})+)[^，。？]{0,6}?各(?:查|检查|去|来|抽查|现场检查)(?:过|了)了?[一1](?:次|回|遍)`,
);
/** 「今年第三次」「这是第3次」: this visit's number, so one fewer so far. */
const NTH = new RegExp(`第${NUMBER}(?:次|回)`);
const NONE = /(?:今年|本年)?(?:还)?没(?:有)?(?:查|检查|去)过|今年第一次|头一回|首次检查/;
const MAJOR = /重大环境问题|重大问题|重大隐患/;
// 「查6个月」「为期两周」; a date (「时间调到12月25号」) is no length.
const LENGTH = new RegExp(
  `(?:查|为期|持续|时间|周期|开展)[^，。？]{0,3}?(?<![\\d月])${NUMBER}(个月|个?周|个?星期|天|日(?![至到]))`,
);
// 「两拨人一个礼拜里前后脚进一家企业」: two units' visits to one enterprise, which 综合一次查 would join.
const JOINT =
  /两拨人|前后脚|一起查|一起去|一块(?:去|进|查)|一同去|会同|联合|综合一次查|合并|一次(?:性)?(?:进厂|进门|去厂里)|都(?:要|打算|准备|计划|想)去|同时去|都去/;
/** Pollution-control kit an officer names (除尘器, 脱硫塔, 环保设施…). */
/** 「喷淋抑尘设施」「雾炮」: the dust-suppression kit of a yard is pollution control too. */
const KIT =
  '治污|环保|污染防治|废气处理|污水处理|除尘器?|布袋除尘|脱硫塔?|脱硝|活性炭|治理|滤袋|喷淋抑尘|抑尘|喷淋|雾炮';
/** The officer's words for 第11条's serious violations, longest first. */
export const VIOLATION = new RegExp(
  [
    '弄虚作假|数据造假|造假|伪造(?:监测)?数据|伪造(?:台账|记录|报表)|(?:干扰|破坏)(?:在线)?(?:监测|监控)(?:设备|设施)?',
    // 「把在线探头拔了」「堵了采样管」: the monitoring tampered with.
    '(?:拔|拆|遮挡|挡住|堵)[^，。？]{0,3}(?:探头|采样管)',
    '偷排偷放|偷排|偷放|私设暗管|暗管|暗口|私设排污口|直排|渗坑|渗井',
    // 「把废矿物油偷偷卖给个体户」: hazardous waste passed on illegally.
    '(?:危废|危险废物|废矿物油|废机油|废油|废酸|废液)[^，。？?]{0,4}(?:偷偷|私自|擅自)?(?:卖给|转卖|倒卖|交给)(?:了)?(?:个体户|无资质|没资质|没有资质)',
    // 「用软管往雨水井排废液」「往河道里倒废水」: waste let off where no outfall is, bypassing treatment.
    '(?:(?:用|拿)(?:软管|管子|水泵|抽水泵)[^，。？]{0,2})?(?:往|向|朝)(?:雨水(?:井|管网?|沟|口|篦子)|雨排口|河道|河里|沟渠|沟里|渗坑)(?:里)?(?:偷偷)?(?:排|倒|放|抽|灌)(?:废液|废水|污水|废酸|液体)?',
    '无证排污|无证排放|(?:没有|没|未取得|未办理?|没办|无)排污许可证?|排污许可证(?:已经?)?(?:过期|到期)',
    '超标超总量排放|超标排放|超总量|超标|超排',
    '治污设施不正常运行|不正常运行治污设施',
    // 「夜里偷偷开中频炉不开除尘」: the kit named after the verb that stops it.
    `(?:不开|没开|关了|关掉|停了|停用|偷停)(?:${KIT})(?:设施|设备|装置)?`,
    // 「除尘器有时候停一会儿」「治污设施不通电」: the kit stopped now and then, or left without power.
    `(?:${KIT})(?:设施|设备|装置)?[^，。？?]{0,4}?(?:停一会儿?|停一阵|偷停|不通电|没通电|断电|没(?:有)?正常(?:开|运行|使用|用))`,
    // 「除尘器没开」「环保设施停运」: the treatment kit named, then left off.
    // 「除尘器滤袋破了还没换」: a worn part left unreplaced leaves the kit not running properly.
    // 「脱硫塔循环泵停着」: the kit's pump stopped stops the kit.
    `(?:${KIT})(?:设施|设备|装置|滤袋)?(?:的)?(?:循环泵|引风机|风机|浆液泵|泵)?(?:没开|不开|停运|停用|停了|闲置|不运行|没运行|未运行|擅自拆除|拆了|坏了|破了|破损|不正常运行|(?:全|都)?停着|(?:全|都)停了|(?:全|都)?关着)`,
    '停产限产|停限产|(?:没|未)(?:有)?(?:按要求)?(?:落实)?(?:停产限产|停限产|停产|限产)',
    '(?:重污染天气|预警)(?:期间|时)[^，。？]{0,4}(?:还在|照常|继续|偷偷)生产|应急减排(?:措施)?(?:不落实|没落实|未落实)',
  ].join('|'),
);
// 「重复查」 is a visit made twice, not a follow-up.
const RECTIFY = /(?<!重)复查|整改情况|整改落实|回头看|整改核查|整改效果/;
/** The scheme sets no rule on the hour, the day of the week, or giving notice of a visit. */
const UNCOVERED: readonly [RegExp, string][] = [
  // 「夜里偷排」 is when the enterprise discharges, not when the officers visit.
  [
    /(?:夜间|晚上|夜里|凌晨|半夜)(?!.{0,2}(?:偷|排|超标|直排|生产|施工|异常|冒|烟|臭|异味|噪|响|开工))/,
    '夜间检查',
  ],
  [/节假日|周末|春节|国庆|假期/, '周末、节假日检查'],
  [/突击|暗访|不打招呼|不提前通知/, '事先是否通知企业'],
];

export function statedFacts(text: string): StatedFacts {
  const facts: StatedFacts = {
    uncovered: UNCOVERED.flatMap(([pattern, words]) => (pattern.test(text) ? [words] : [])),
  };
  const done = DONE.exec(text);
  const nth = NTH.exec(text);
  const each = EACH.exec(text);
  if (each?.[1]) facts.visits = each[1].split(/[、和跟及与]/).length;
  else if (done?.[1]) facts.visits = count(done[1]);
  else if (nth?.[1] && /今年|本年|这是|已是/.test(text)) facts.visits = Math.max(0, count(nth[1]) - 1);
  else if (NONE.test(text)) facts.visits = 0;
  if (MAJOR.test(text)) facts.majorProblem = true;
  const length = LENGTH.exec(text);
  const half = /(?:查|为期|持续|时间|周期|开展)[^，。？]{0,3}?半(年|个月)/.exec(text);
  if (half) facts.days = half[1] === '年' ? 182 : 15;
  else if (length?.[1]) {
    const n = count(length[1]);
    facts.days = length[2] === '个月' ? n * 30 : /周|星期/.test(length[2] ?? '') ? n * 7 : n;
  }
  const violation = VIOLATION.exec(text)?.[0];
  if (violation) facts.violation = violation;
  if (JOINT.test(text)) facts.joint = true;
  if (RECTIFY.test(text)) facts.rectify = true;
  return facts;
}

/** The stated length counted from the first day: 「12月开始，查6个月」 runs to the end of May. */
export function stretch(dates: DateRange, days: number | undefined): DateRange {
  if (!days) return dates;
  const end = addDays(dates.from, days - 1);
  return end > dates.to ? { from: dates.from, to: end } : dates;
}

/** 第11条's serious violations, as the scheme names them. */
const VIOLATION_TERMS: readonly [RegExp, string][] = [
  // 第4条 names 危废非法处置 among the risks; 第11条's 「等」 takes it in.
  [/卖给|转卖|倒卖|交给/, '危废非法处置'],
  [/假|伪造|干扰|破坏|探头|采样管/, '弄虚作假'],
  [/偷|暗管|暗口|排污口|直排|渗坑|渗井|雨水|雨排|河道|河里|沟渠|沟里/, '偷排偷放'],
  [/无证|许可/, '无证排污'],
  [/超标|超总量|超排/, '超标超总量排放'],
  [/停限产|停产限产|限产|停产|重污染天气|预警|应急减排/, '未落实重污染天气管控停限产措施'],
  [new RegExp(KIT), '不正常运行治污设施'],
];

/** 「数据造假属弄虚作假，偷排属偷排偷放，应依法严惩」: every violation the text states, each with its term. */
export function violations(word: string, text: string): string {
  const denied = /(?:没|未|没有|不|不是|并非)$/;
  const words = [...text.matchAll(new RegExp(VIOLATION.source, 'g'))]
    .filter((match) => !denied.test(text.slice(Math.max(0, match.index - 2), match.index)))
    .map((match) => match[0]);
  const terms = new Set(words.map(termOf));
  if (words.length < 2 || terms.size < 2) return violation(word);
  const said = [...new Map(words.map((w) => [termOf(w), w])).values()].map((w) =>
    w === termOf(w) ? w : `${w}属${termOf(w)}`,
  );
  return `${said.join('，')}，均属严重违法问题，应依法严惩`;
}

function termOf(word: string): string {
  return VIOLATION_TERMS.find(([pattern]) => pattern.test(word))?.[1] ?? word;
}

/** 「偷排属偷排偷放，应依法严惩」: the officer's word for a violation with 第11条's judgement. */
export function violation(word: string): string {
  const term = VIOLATION_TERMS.find(([pattern]) => pattern.test(word))?.[1] ?? word;
  if (term.includes(word)) return `${term}属严重违法问题，应依法严惩`;
  // 「停产限产」 alone names the measure, not the failure to carry it out.
  if (term.startsWith('未落实')) return `${term}（所述${word}）属严重违法问题，应依法严惩`;
  // 「超标排放」「治污设施不正常运行」 reword the scheme's term: say the term beside the officer's word.
  const reworded = [...word].every((char) => term.includes(char));
  return reworded ? `${word}（${term}）属严重违法问题，应依法严惩` : `${word}属${term}，应依法严惩`;
}
