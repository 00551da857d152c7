import { shortUnitName } from '../org.js';
import type { ClauseId } from '../clauses.js';
import { OTHER_CLAUSE_RULES, WARNING_OR_CLUE } from './incident-other-rules.js';
import { CLAUSE_FACTS } from './clause-facts.js';
import { HOW, PENALTY_RULES } from './incident-penalty-rules.js';
import { ruleOf, type FactRule, type IncidentScene } from './incident-rule.js';
import { RECTIFY_RULES } from './incident-rectify-rules.js';

/**
 * Facts of a case beyond the visit itself: the violation found, the penalty weighed, the
 * rectification, a clue found off-site, a special inspection's plan, repeated visits. Each is said
 * in the officer's word beside the clause that decides it.
 */
export interface IncidentLine {
  text: string;
  clause: ClauseId;
  /** What the quote should support. */
  about: string;
  /** Where in the question the fact is written; lines follow the question's order. */
  at: number;
  /** Whether the fact bears on a visit too (a violation, a form, the recorder), not only on what follows it. */
  visit: boolean;
  /** Whether the fact alone decides the case, so the rules module need not weigh the plan. */
  decisive: boolean;
}

export type { IncidentScene } from './incident-rule.js';
export { LENIENT } from './incident-penalty-rules.js';

/** The branch a clue goes to: the one the question names, by its name or its county. */
function branchOf(scene: IncidentScene): string {
  const branch = scene.units.find((unit) => unit.kind === 'branch') ?? scene.local;
  return branch ? `（${shortUnitName(branch.name)}）` : '';
}

/** 第8条's own name for a source the officer shortens: 用电 is 用电用能, 尾气 机动车尾气. */
function listed(word: string): string {
  if (/^(?:用电|用能)$/.test(word)) return '用电用能';
  if (word === '尾气') return '机动车尾气';
  if (word === '无人机') return '无人机巡查';
  // 「二氧化硫小时均值连续超标」: hourly means are 自动监控's figures.
  if (/^(?:小时均值|小时浓度)$/.test(word)) return '自动监控';
  return word;
}

/** 「要移交分局」「科里要不要自己去查」「…发现异常，怎么处理」: what becomes of a clue found off-site. */
const CLUE_ASK =
  /移送|移交|转给|交给|给谁|自[己行](?:去)?[^，,。？?]{0,8}查|线索|(?:发现|看到|监测到|抓到|拍到|显示)[^？?]*(?:(?:怎么|如何|咋)(?:处理|办)|下一步)/;
const HANDOVER_ASK = /给谁|对象|多长时间|多久|时限|直接移|怎么移|可以移|能移/;
const FORM_ASK = /(?:填|用)(?:啥|什么|哪个|哪张|哪一?种)?表|什么表|啥表|哪个表|表格|审批表|移送表/;
/** 附件1's rows an officer may ask about by name. */
const SPECIAL_ROW = /检查名称|检查依据|检查时间|实施单位|检查对象|检查内容/g;
/** 「检查对象和检查时间」: every row asked, as the form prints them. */
function rowsOf(text: string): string {
  const rows = [...new Set(text.match(SPECIAL_ROW) ?? [])];
  return rows.length ? `${rows.map((row) => `“${row}”`).join('、')}栏` : '';
}
const BLANKET =
  /全覆盖|全区|全市|全县|所有(?:的)?(?:涉气|涉水|重点)?企业|无差别|挨个|逐家|都过一遍|过一遍|摸个?底/;
/** 第8条's sources of a clue in the officer's words, and the figures they give. */
const DATA_SOURCE =
  /自动监控|在线监控|在线监测|在线数据|用电|用能|无人机巡查|无人机|排污许可|机动车尾气|尾气|遥感|走航|工况|监控数据|监测数据|小时均值|小时浓度/;
/** 「重复检查」「一周来了三趟」: visits the enterprise counts as too many. */
export const REPEAT =
  /重复检查|多头检查|检查过多|频繁检查|反复检查|查了又查|查太多|查得太多|太频繁|三天两头|好几趟|好几次|好几回|多次(?:检查|去)|又来(?:了)?一(?:趟|回|次)|来了又来|(?:一个月|半个月|一周|一星期|一季度|[一二两三四五六七八九十\d]+天)[^，。？?]{0,6}(?:来|查|去|进)了?(?:两|三|四|五|好几|几)(?:趟|回|次|遍)/;
/** 「排污许可检查」「一次查完」「顺便把别的也看看」: one visit that checks everything at once. */
const ONE_VISIT =
  /排污许可(?:证)?(?:检查|核查)|一证式|一表通查|全面体检|一(?:次|趟|回)(?:性)?(?:查完|查全|查到位|都查了)|顺便(?:把)?(?:别的|其他|其它)?(?:也)?(?:都)?(?:看看|查查|查了|检查)/;
const SUPERVISE = /纠正|监督|管管|怎么管|处理|整治|怎么办/;

const RULES: readonly FactRule[] = [
  ...PENALTY_RULES,
  {
    // 「攒到年底一块出结果」: a result held back is not 「及时」.
    pattern: /反馈/,
    clause: '6',
    about: '检查结束后，及时向企业反馈检查结果',
    when: /攒|拖|压着|年底|统一(?:再)?(?:出|给)|一块(?:出|给)|过段时间|晚(?:点|些)/,
    decisive: true,
    say: () => '检查结束后，应及时向企业反馈检查结果，避免拖延',
  },
  {
    pattern: /反馈/,
    clause: '6',
    unless: /攒|拖|压着|年底|统一(?:再)?(?:出|给)|一块(?:出|给)|过段时间|晚(?:点|些)/,
    about: '检查结束后，及时向企业反馈检查结果',
    say: () => '现场检查结束后，及时向企业反馈检查结果',
  },
  ruleOf(CLAUSE_FACTS.recorder, { visit: true }),
  {
    // 「排污许可检查，顺便都看看，一次查完」: 第6条's one visit that checks everything.
    pattern: ONE_VISIT,
    clause: '6',
    about: '推行简单事项“一表通查”和排污许可“一证式”检查，实现“一次检查、全面体检”',
    visit: true,
    say: (word) =>
      `${/排污许可/.test(word) ? `${word}按“一证式”检查，` : '推行排污许可“一证式”检查，'}简单事项“一表通查”，实现“一次检查、全面体检”`,
  },
  ...RECTIFY_RULES,
  ...OTHER_CLAUSE_RULES,
  {
    pattern: DATA_SOURCE,
    clause: '8',
    about: '涉嫌违法线索及时移交有关分局调查处理',
    when: CLUE_ASK,
    // 「核实线索，分管副局长已经签了字，还用不用再找局长」 asks about the approval of a visit.
    unless: /签了|批了|找局长|谁批/,
    // 「在线数据连续异常」: the anomaly in the officer's word is the clue 第8条 hands on.
    say: (word, text, scene) =>
      `${listed(word)}${/异常/.test(text) ? '异常' : '发现异常'}的，应将筛选出的涉嫌违法线索及时移交有关分局调查处理${branchOf(scene)}`,
  },
  {
    pattern:
      /自动监控|在线监控|在线监测|在线数据|用电|用能|无人机巡查|无人机|排污许可|机动车尾气|尾气|遥感|走航|工况|监控数据|监测数据/,
    clause: 'annex-3',
    about: '涉嫌环境违法线索移送表',
    // 「这线索咋移」: how to hand it on, which the form carries.
    when: /自[己行](?:去)?[^，,。？?]{0,8}查|给谁|(?:怎么|如何|咋)(?:个)?移(?!动)|(?:发现|看到|监测到|抓到|拍到|显示)[^？?]*(?:(?:怎么|如何|咋)(?:处理|办)|下一步)/,
    unless: /移送|移交|转交/,
    say: () => '移交时填写《涉嫌环境违法线索移送表》',
  },
  {
    // 「移送表上线索来源勾哪个」: 附件3's source box as the form prints it.
    pattern: /线索来源|来源(?:那栏|一栏|栏)?(?:勾|选|填)/,
    clause: 'annex-3',
    about: '线索来源 监测数据 现场检查 信访举报 其他单位移交',
    say: (_word, text) => `《涉嫌环境违法线索移送表》线索来源勾选“${sourceBox(text)}”`,
  },
  {
    // 「超标1小时，发个预警就算了，不用移交分局吧」: a violation found is a clue, whatever warning is sent.
    // Where the data's source is told, the line of that source says it.
    pattern: /移交|移送|转交/,
    clause: '8',
    about: '涉嫌违法线索及时移交有关分局调查处理',
    when: WARNING_OR_CLUE,
    unless: DATA_SOURCE,
    say: (_word, _text, scene) => `所述情况属涉嫌违法线索，应及时移交有关分局调查处理${branchOf(scene)}`,
  },
  {
    // 「收到市局移送的线索，走什么表」: the form carries a clue that 第8条 has the branch deal with.
    pattern: /(?:收到|接到|接收)[^，。？?]{0,8}(?:移送|移交|转交)/,
    clause: '8',
    about: '涉嫌违法线索及时移交有关分局调查处理',
    when: new RegExp(`${FORM_ASK.source}|${HOW.source}`),
    say: (_word, _text, scene) => `移送的涉嫌违法线索由有关分局${branchOf(scene)}调查处理`,
  },
  {
    pattern: /移送|移交|转交/,
    clause: 'annex-3',
    about: '涉嫌环境违法线索移送表',
    // 「移交对象」「多长时间内移交」「可以直接移吗」: the handing over asked goes on the form too.
    when: new RegExp(`${FORM_ASK.source}|${HOW.source}|${HANDOVER_ASK.source}`),
    say: (word) => `${word}时填写《涉嫌环境违法线索移送表》`,
  },
  {
    pattern: CLAUSE_FACTS.special.words,
    clause: '4',
    about: '专项检查方案须经县级以上人民政府或市级生态环境主管部门主要负责人批准后按照规定备案，并向社会公开',
    when: /谁批|批准|审批(?!表)|公开|备案|批完|批了|批下来/,
    say: () =>
      '专项检查方案须经县级以上人民政府或市级生态环境主管部门主要负责人批准后，按照规定备案，并向社会公开',
  },
  {
    // 「先查着，什么时候结束看情况」: a special inspection without an end is one the plan cannot allow.
    pattern: /无限期延长检查/,
    clause: '4',
    about: '严格限定检查内容和时间周期，避免扩大化或无限期延长检查',
    when: CLAUSE_FACTS.special.words,
    decisive: true,
    say: () => '专项检查须严格限定检查内容和时间周期，避免扩大化或无限期延长检查',
  },
  {
    // 「检查时间写全年」「定一整年」: a whole year is no period limited for a special inspection.
    pattern: /全年|一整年|整年|一年到头|全年度/,
    clause: '4',
    about: '严格限定检查内容和时间周期，避免扩大化或无限期延长检查',
    when: CLAUSE_FACTS.special.words,
    unless: /无限期延长检查|(?:全年|一整年|整年|全年度)[^，。？?]{0,4}(?:几|多少)(?:次|回|个)/,
    decisive: true,
    say: (word) =>
      `检查时间定为${word}不符合要求，专项检查须严格限定检查内容和时间周期，避免扩大化或无限期延长检查`,
  },
  {
    pattern: BLANKET,
    clause: '4',
    about: '坚决杜绝全覆盖、无差别检查',
    when: CLAUSE_FACTS.special.words,
    say: (word) =>
      `专项检查${word.includes('全覆盖') ? '' : `对${word}开展属全覆盖，`}坚决杜绝全覆盖、无差别检查`,
  },
  {
    pattern: /超标排放|危废非法处置|危险废物|危废|偷排偷放|无证排污|重污染天气|扬尘|挥发性有机物|VOCs/i,
    clause: '4',
    about: '专项检查需聚焦环境风险突出的领域，严格限定检查内容和时间周期',
    // A planned special inspection's focus is weighed by the rules module itself.
    when: CLAUSE_FACTS.special.words,
    unless: BLANKET,
    say: (word) => `${word}属环境风险突出领域，专项检查应聚焦于此，严格限定检查内容和时间周期`,
  },
  {
    pattern: CLAUSE_FACTS.special.words,
    clause: 'annex-1',
    about: '专项执法检查审批表',
    when: FORM_ASK,
    // 「审批表上要签哪几个人的意见」: the opinion rows as the form prints them.
    // 「检查时间那栏能写全年吗」: the row asked is named as the form prints it.
    say: (_word, text) =>
      `专项检查填写《专项执法检查审批表》${rowsOf(text)}${/签|意见|谁批|哪几个人/.test(text) ? '，审批意见栏为承办机构负责人意见、分管局长意见、局长意见' : ''}`,
  },
  {
    pattern: /双随机|举报投诉|投诉举报|举报|检查/,
    clause: 'annex-2',
    about: '入企执法检查计划审批表 检查类型',
    visit: true,
    when: FORM_ASK,
    unless: /专项|移送|移交|转交/,
    // 「举报来的，勾哪个」: the box as the form prints it, whichever word came first.
    say: (word, text) => {
      const box = typeBox(text);
      return box
        ? `${TYPE_WORD.exec(text)?.[0] ?? ''}检查填写《入企执法检查计划审批表》，检查类型勾选“${box}”`
        : `${word === '检查' ? '' : `${word}检查`}填写《入企执法检查计划审批表》`;
    },
  },
  {
    pattern: REPEAT,
    clause: 'org-2',
    about: '及时纠正执法不严格、不规范问题，防止检查过多干扰企业',
    when: SUPERVISE,
    say: () => '局里应履行执法监督职责，落实层级监督和内部纠错，防止检查过多干扰企业',
  },
  {
    // 「投诉我们重复检查：执法队去过，分局去过，大气科又去调研」: the 调研 counted among the visits is
    // the notice's other entry, under its own rules; the complaint itself is 第3条's.
    pattern: /工作调研|走访调研|调研|考核评估/,
    clause: 'notice',
    about: '行政许可 工作调研 考核评估 核与辐射监管 其他入企行为',
    when: REPEAT,
    say: (word) => `所述${word}属其他入企行为，按照相关规定和要求执行`,
  },
  {
    pattern: REPEAT,
    clause: '3',
    about: '建立“综合一次查”协作机制，加强联合检查，避免重复检查',
    say: (word) =>
      `${word.includes('重复检查') ? '' : `${word}属重复检查，`}应通过“综合一次查”协作机制加强联合检查，避免重复检查`,
  },
];

/** 附件3's 线索来源 boxes, and the officer's words for each. */
function sourceBox(text: string): string {
  if (/在线|监测|监控|用电|用能|无人机|遥感|走航|数据/.test(text)) return '监测数据';
  if (/举报|投诉|信访|12345|12369/.test(text)) return '信访举报';
  if (/转来|移交来|交办|转办|其他单位/.test(text)) return '其他单位移交';
  if (/现场/.test(text)) return '现场检查';
  return '其他';
}

/** 附件2's 检查类型 boxes, and the officer's words for each. */
const TYPE_WORD = /双随机|随机抽查|举报投诉|投诉举报|举报|投诉|信访/;
function typeBox(text: string): string | undefined {
  const word = TYPE_WORD.exec(text)?.[0];
  if (!word) return undefined;
  return /随机/.test(word) ? '双随机' : '举报投诉';
}

/** 「…（第11条）」, or 「…（附件3）」 for the forms. */
function tag(clause: ClauseId): string {
  if (/^\d+$/.test(clause)) return `第${clause}条`;
  if (clause === 'notice') return '印发通知';
  if (clause.startsWith('annex-')) return clause.replace('annex-', '附件');
  return clause.replace(/^org-(\d)$/, (_m, n: string) => `三（${'一二三'[Number(n) - 1] ?? n}）`);
}

/** Every incident fact the question states, in the question's order, each with its clause. */
export function incidentFacts(text: string, scene: IncidentScene): IncidentLine[] {
  const lines: IncidentLine[] = [];
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (!match) continue;
    if (rule.when && !rule.when.test(text)) continue;
    if (rule.unless?.test(text)) continue;
    const said = rule.say(match[0], text, scene);
    lines.push({
      text: `${said}（${tag(rule.clause)}）`,
      clause: rule.clause,
      about: rule.about,
      at: match.index,
      visit: rule.visit ?? false,
      decisive: rule.decisive ?? false,
    });
  }
  return lines.sort((a, b) => a.at - b.at);
}
