import type { ClauseId } from '../../clauses.js';
import type { Concept } from '../concepts.js';
import { verdictFor } from '../form.js';
import type { Draft, Question } from './types.js';

/**
 * 三、组织实施: a working group (三（一）), the bureau's oversight of its own inspections (三（二）),
 * training and publicity (三（三）). Each answer says the part asked, then the clause of any other
 * fact the question states (双随机, 普法, 错峰 …) beside it.
 */

const GROUP =
  '要进一步加强组织领导，组建工作专班，强化统筹协调，细化工作措施，落实工作责任，确保各项措施落地见效';
const BALANCE = '既要防止检查过多干扰企业，又要保证必要的检查有效开展';
const CORRECT = '要切实履行执法监督职责，强化行政执法稽查，落实层级监督和内部纠错';
const AIM = '提高企业和社会的知晓度和参与度，积极回应社会关切，营造良好舆论氛围';
const WRONGS = '及时纠正执法不严格、不规范、不透明、不文明以及不作为、乱作为等问题';
const TRAINING = '加强培训宣传，加强环境执法检查业务学习培训';
const PUBLICITY = '广泛宣传规范涉企执法检查、助力优化营商环境的重要意义、政策措施和典型经验';

/**
 * 「今年干脆一家都不查了」「不去厂里了」「能不去查就尽量都不去」: stopping inspections altogether, which
 * 三（二） rules out.
 */
const STOP_ALL =
  /能不(?:去|查)(?:查|去)?就(?:尽量)?(?:都)?不(?:去|查)|(?:一家|一个|哪家)?都不(?:查|去|检查)了|不(?:查|检查)了(?!吗)|干脆(?:不|别)(?:查|去|检查|入企)|干脆非现场检查|(?:全|都)(?:停|暂停)(?:了|掉)?检查|停止(?:一切)?(?:入企)?检查/;
/** 「一个月进同一家厂子五六回」「查得太多」: visits too many, which the bureau must correct. */
const TOO_MANY =
  /检查过多|重复检查|频繁(?:检查|入企|去)?|三天两头|好几拨|几拨人|多拨|[五六七八九十]六?回|[三四五六七八九十]次|好几[次回趟]|太多|太频/;
const MISCONDUCT = /不严格|不规范|不透明|不文明|不作为|乱作为|形式主义|官僚主义/;
/** 「线索一直没有调查处理」「没有任何调查处理记录」「放着不管」: a unit's neglect, which 三（二） calls 不作为. */
const NEGLECT =
  /一直(?:没有?|未)(?:调查)?(?:处理|查处|调查|核查)|(?:没有?|未)(?:任何)?(?:调查处理|及时处理|处理记录|调查记录)|置之不理|不管不问|拖着不办|压着不办/;
/** 「检查是不是越多越好」: more visits as such, which 三（二） weighs against the enterprise's work. */
const MORE_IS_BETTER = /越多越好|越勤越好|越少越好|越频繁越好|多多益善|越严越好/;
/** 「方案里有说法没」「方案咋说」: whether and what the scheme says of it. */
const SCHEME_SAYS = /有说法|说法没|有没有(?:说法|规定)|方案[^，。？?]{0,4}(?:咋说|怎么说|怎么讲)/;
/** 「组织实施第一条」「保障措施（一）」: part 三's items named by their place. */
const PART_THREE = /(?:组织实施|保障措施|第三部分|三、)[^，。？?]{0,4}第?([一二三])(?:条|项|点)?/;

function orgTag(clause: ClauseId): string {
  const part = /^org-([123])$/.exec(clause)?.[1];
  if (part) return `三（${'一二三'[Number(part) - 1]}）`;
  return /^\d+$/.test(clause) ? `第${clause}条` : clause;
}

const has = (question: Question, concept: Concept) => question.concepts.has(concept);

/** Whether the question names an item of part 三 by its place (「组织实施第一条」). */
export function namesPartThree(text: string): boolean {
  return PART_THREE.test(text);
}

/** Which item of part 三 the question asks about, if any: only where its own words are asked. */
export function organizationAsked(text: string, concepts: ReadonlySet<Concept>): ClauseId | undefined {
  const part = PART_THREE.exec(text)?.[1];
  if (part) return `org-${'一二三'.indexOf(part) + 1}` as ClauseId;
  // 「分局要不要自己细化措施、落实到人」: 三（一）'s 细化工作措施，落实工作责任.
  if (
    /工作专班|专班|领导小组|组织领导|组织上|组织保障|(?:怎么|如何)组织落实|细化(?:工作)?措施|落实(?:工作)?责任|落实到人|统筹协调/.test(
      text,
    )
  )
    return 'org-1';
  // 「今年干脆一家都不查了」 stops all inspections; 「整改完了就不查了？」 asks about one enterprise's.
  if (
    STOP_ALL.test(text) &&
    /干脆|一家都|都不|全部|所有|一律|能不(?:去|查)/.test(text) &&
    !/安静期|正面清单|整改|罚|结案|验收/.test(text)
  )
    return 'org-2';
  if (/基层减负|内部纠错|层级监督|执法监督|稽查/.test(text)) return 'org-2';
  // 「检查是不是越多越好」: more visits as such, which 三（二） weighs against the enterprise's work.
  if (MORE_IS_BETTER.test(text) && /检查|查/.test(text) && !/罚|裁量|计划/.test(text)) return 'org-2';
  if (/纠正|管管|怎么管|管不管|监督/.test(text) && (TOO_MANY.test(text) || MISCONDUCT.test(text)))
    return 'org-2';
  if (/(?:怎么|如何)定性/.test(text) && NEGLECT.test(text)) return 'org-2';
  // 「执法不规范怎么处理」: the bureau's own faults; visits too many asked so are 第3条's.
  if (
    (/怎么处理|怎么办|如何处理|怎么说|咋说|咋办|咋处理|(?:有|是)(?:没有|什么|啥)规定|怎么规定/.test(text) ||
      SCHEME_SAYS.test(text)) &&
    MISCONDUCT.test(text)
  )
    return 'org-2';
  // 「执法人员业务培训」「宣传典型经验」: the bureau's own training and publicity, not 第2条's 普法.
  if (/(?:业务|学习)培训|执法人员[^，。？?]{0,8}培训|培训[^，。？?]{0,6}执法人员/.test(text)) return 'org-3';
  if (
    /典型经验|当个?典型|树(?:个)?典型|宣传[^，。？?]{0,8}(?:经验|做法)|(?:经验|做法)[^，。？?]{0,8}宣传/.test(
      text,
    )
  )
    return 'org-3';
  if (concepts.has('publicity') && !concepts.has('publicLaw') && /宣传/.test(text)) return 'org-3';
  return undefined;
}

interface Line {
  text: string;
  clause: ClauseId;
}

function partLine(question: Question, clause: ClauseId): Line {
  const { text } = question;
  // 「专班由谁牵头」: the scheme names no lead unit.
  if (clause === 'org-1')
    return { clause, text: `${question.form === 'who' ? '实施方案未明确牵头单位，' : ''}${GROUP}` };
  if (clause === 'org-2') {
    const neglect = NEGLECT.test(text);
    const stated = neglect
      ? '不作为'
      : /(?:执法|检查)?(?:不严格|不规范|不透明|不文明)|乱作为|不作为/.exec(text)?.[0];
    // 「应付检查拍照留痕，形式主义太重」: 力戒形式主义 is the answer, not the list of wrongs.
    if (/形式主义|官僚主义/.test(text))
      return { clause, text: `${CORRECT}，力戒形式主义、官僚主义，注重为基层减负` };
    // 「为基层减负跟执法监督有啥关系」: the relief and what it must not cost.
    if (/基层减负/.test(text) && !MISCONDUCT.test(text))
      return { clause, text: `${CORRECT}，力戒形式主义、官僚主义，注重为基层减负，${BALANCE}` };
    if (
      (MISCONDUCT.test(text) || neglect || /哪些问题|什么问题|哪(?:几)?类|哪几种|哪些方面/.test(text)) &&
      !STOP_ALL.test(text)
    )
      return {
        clause,
        text: `${stated ? `对所述${stated}，` : ''}${CORRECT}，${WRONGS}${TOO_MANY.test(text) ? `，${BALANCE}` : ''}`,
      };
    if (/纠正|稽查|监督|内部纠错|管管|怎么管/.test(text) && !STOP_ALL.test(text))
      return { clause, text: `${CORRECT}，${BALANCE}` };
    if (/基层减负/.test(text)) return { clause, text: `注重为基层减负，${BALANCE}` };
    return { clause, text: BALANCE };
  }
  const training = /培训/.test(text);
  const publicity = /宣传|典型|经验/.test(text);
  // 「宣传要达到啥效果」: what the publicity is for.
  const aim = /效果|目的|目标|达到|为什么|为啥/.test(text) ? `，${AIM}` : '';
  // Both asked: the item whole, with what it is for.
  if (training && publicity) return { clause, text: `${TRAINING}，${PUBLICITY}，${AIM}` };
  if (training) return { clause, text: TRAINING };
  // 「宣传典型经验」 asks that part; 「咋搞宣传」 the whole item.
  if (/典型|经验/.test(text)) return { clause, text: `${PUBLICITY}${aim}` };
  return { clause, text: `${TRAINING}，要通过各种形式，${PUBLICITY}，${AIM}` };
}

/** The other facts the question states, each with the clause that decides it. */
function factLines(question: Question, lead: ClauseId): Line[] {
  const { text } = question;
  const lines: Line[] = [];
  const add = (clause: ClauseId, line: string) => {
    if (clause !== lead && !lines.some((l) => l.clause === clause)) lines.push({ clause, text: line });
  };
  if (lead !== 'org-1' && /工作专班|专班/.test(text)) add('org-1', '组建工作专班，强化统筹协调');
  if (lead !== 'org-2' && /基层减负/.test(text))
    add('org-2', '注重为基层减负，既要防止检查过多干扰企业，又要保证必要的检查有效开展');
  if (STOP_ALL.test(text)) add('3', '没有投诉举报等线索的，也应按“双随机、一公开”年度执法检查计划开展检查');
  else if (/重复检查|重复查|多头检查|好几拨|几拨人|多拨/.test(text))
    add('3', '对同一企业重复检查的，应通过“综合一次查”协作机制加强联合检查，避免重复检查');
  else if (/联合(?:检查|执法)|跨部门/.test(text))
    add('3', '联合检查应通过“综合一次查”协作机制，避免重复检查');
  else if (has(question, 'random'))
    add('3', '以双随机抽查实施的，应合理确定检查比例和次数，最大限度减少入企检查频次');
  else if (TOO_MANY.test(text)) {
    const word = TOO_MANY.exec(text)?.[0];
    add(
      '3',
      `${word ? `所述${word}，` : ''}除投诉举报等线索或应企业申请实施的检查外，应最大限度减少入企检查频次`,
    );
  } else if (has(question, 'joint')) add('3', '多个单位入企应通过“综合一次查”协作机制，避免重复检查');
  const talk = /座谈|讲座|以案说法/.exec(text)?.[0];
  const key = /重点企业/.test(text) ? '以全市重点企业为重点普法对象，' : '';
  if (talk) add('2', `${talk}属“执法普法、送法入企”，${key}可采取专题讲座、以案说法、座谈式答疑等形式`);
  else if (has(question, 'publicLaw'))
    add(
      '2',
      `${/重点企业/.test(text) ? '重点企业' : '企业'}普法属“执法普法、送法入企”，以全市重点企业为重点普法对象`,
    );
  if (/错峰|安静期/.test(text)) add('10', '错峰执法检查是“企业安静期”制度的要求');
  if (/全覆盖|无差别/.test(text)) add('4', '专项检查须聚焦环境风险突出的领域，坚决杜绝全覆盖、无差别检查');
  if (/执法记录仪|记录仪|移动执法/.test(text))
    add('6', '现场检查应全程使用移动执法系统，充分利用执法记录仪，实现执法行为全过程留痕');
  if (/自动监控|在线监测|在线监控|数据监测/.test(text))
    add('8', '自动监控等发现的涉嫌违法线索应及时移交有关分局调查处理');
  if (/超标|偷排|弄虚作假|无证排污/.test(text)) add('11', '超标排放等属严重违法问题，应依法严惩');
  if (has(question, 'disclose') || /没公开|未公开/.test(text)) {
    add(
      '7',
      /处罚/.test(text)
        ? '行政处罚决定等信息由市执法队负责信息公开'
        : '执法主体、执法人员等信息由法规与标准科负责信息公开',
    );
  }
  return lines;
}

/** A verdict on the action asked: 不行 to stopping all inspections, 需要/可以 to a duty. */
function verdict(question: Question, first: Line): string | undefined {
  if (!question.yesNo) return undefined;
  const { text } = question;
  if (first.clause === 'org-2' && STOP_ALL.test(text)) return /行不行|行吗/.test(text) ? '不行' : '不能';
  const denied = /是不是|是否|是吗|对吗/.test(text) ? '不是' : '不能';
  if (first.clause === 'org-2' && (MORE_IS_BETTER.test(text) || /全覆盖|无差别/.test(text))) return denied;
  if (first.clause === 'org-2' && /管不管/.test(text)) return '应当管';
  if (/会不会|会[^，。？?]{2,14}[吗么]/.test(text)) return '会';
  if (first.clause === 'org-2' && SCHEME_SAYS.test(text)) return '有';
  if (first.clause === 'org-2' && MISCONDUCT.test(text) && /是吗|对吗|是不是|是否/.test(text)) return '是的';
  if (/是否应|应不应|该不该|是否该/.test(text)) return '应当';
  return verdictFor(text, `应${first.text}`);
}

/** 「稽查多久搞一次」「培训一年搞几场」: part 三 sets no number, only the duty. */
function unsetNumber(question: Question): string {
  if (question.form !== 'quantity') return '';
  return /几|多少(?:次|场|回)|一次/.test(question.text)
    ? '实施方案未规定具体次数；'
    : '实施方案未规定具体期限；';
}

export function organization(question: Question, clause: ClauseId): Draft {
  const first = partLine(question, clause);
  const lines = [first, ...factLines(question, clause)];
  const body = lines.map((line) => `${line.text}（${orgTag(line.clause)}）`).join('；');
  const yes = verdict(question, first);
  return {
    answer: `${unsetNumber(question)}${yes ? `${yes}，` : ''}${body}。`,
    cite: lines.map((line) => ({ clause: line.clause, about: line.text })),
  };
}
