import { describe, expect, it } from 'vitest';
import { answer } from '../../../src/domain/policy/index.js';
import { demoContext } from '../../policy/fixtures.js';
import { checkCase, type Row } from './case-check.js';

const ctx = demoContext();

/** Cases about what follows a visit: each fact in the officer's word, beside the clause that decides it. */
const INCIDENTS: Row[] = [
  // A penalty weighed: first offence, intent, hardship paying, discretion.
  ['这家厂头一回违法，情节轻微，已经改正了，还罚不罚？', ['13', '14'], [['改正', '第14条']], /^可不予处罚/],
  ['企业是蓄意偷排的，可以算首违不罚吗', ['13', '11'], [['偷排', '第11条']], /^不能/],
  // Without intent stated, the serious violation decides the relief asked for.
  ['企业偷排，是第一次，能不能免罚', ['11', '13'], [['偷排', '第11条']], /^不能/],
  ['小作坊第一次违法，问题轻微，当场改了，要罚吗', ['13'], [['第一次违法', '第13条']], /^可不予处罚/],
  ['这家是初次违法，情节很轻，非得罚款吗', ['13'], [], /^不需要/],
  ['企业头回违法而且轻微，必须要罚吗', ['13'], [], /^不需要/],
  ['轻微违法不予处罚的，还要整改吗', ['14', '13'], [['整改', '第14条']], /^需要/],
  ['罚款下来了企业说一下子交不起，整改也没做完，怎么处理', ['13', '14'], [['整改', '第14条']]],
  ['发现企业在线监测数据造假，罚多少有什么依据', ['12', '11'], [['造假', '第11条']]],
  // Rectification: who sees it through, and help where it is hard.
  ['潞城分局处罚了一家超标企业，整改由谁跟进，具体做什么', ['14', '15'], [['潞城分局', '第14条']]],
  ['企业被查出无证排污，整改期间我们该做些什么', ['14', '11', '15'], [['无证排污', '第11条']]],
  ['企业情节轻微违法，整改难度很大，我们除了免罚还能做什么', ['13', '15'], [['整改', '第15条']]],
  // A clue found off-site goes to the branch, on 附件3.
  [
    '生态环境监控中心从无人机巡查发现线索，要移交分局，流程怎么走，填什么表',
    ['8', 'annex-3'],
    [
      ['无人机', '第8条'],
      ['移交', '附件3'],
    ],
  ],
  [
    '水生态环境科看自动监控发现襄垣区一家企业异常，科室要不要自己去查',
    ['8', 'annex-3'],
    [['襄垣分局', '第8条']],
    /^不需要/,
  ],
  ['土壤科通过排污许可数据发现武乡县一家企业异常，怎么处理', ['8', 'annex-3'], [['武乡分局', '第8条']]],
  // A special inspection's plan, and repeated visits the bureau must correct.
  ['准备搞一次扬尘专项检查，方案要谁批准，要不要公开，用什么审批表', ['4', 'annex-1'], [['扬尘', '第4条']]],
  ['有科室对一家企业频繁检查，一个月去了三回，局里怎么监督纠正', ['org-2', '3'], [['频繁检查', '第3条']]],
];

/** Visits that other facts decide too: the violation, the form, the recorder, a listed enterprise drawn. */
const VISITS: Row[] = [
  ['群众举报企业凌晨直排，分局想今天就去现场，行不行', ['3', '11'], [['直排', '第11条']]],
  [
    '企业被举报偷排，正好在安静期，分局能直接去吗',
    ['10', '3', '11'],
    [
      ['偷排', '第11条'],
      ['安静期', '第10条'],
    ],
  ],
  ['正面清单企业主动申请帮扶，能马上过去吗', ['3', '9'], [['正面清单', '第9条']]],
  ['企业没落实停产限产，现在是安静期，能去现场检查吗', ['10', '11'], [['停产限产', '第11条']]],
  [
    '分局下周去企业做举报核查，谁审批，用什么表，要不要带执法记录仪',
    ['5', 'annex-2', '6'],
    [['执法记录仪', '第6条']],
  ],
  [
    '执法队下个月想对全县砂石厂搞专项，持续半年，行吗',
    ['4'],
    [
      ['全县', '第4条'],
      ['182天', '第4条'],
    ],
    /^不能/,
  ],
  ['双随机抽到一家在正面清单上的企业，分局还能去现场检查吗', ['9', '3'], [['双随机', '第3条']]],
];

/** Facts said in the officer's own words, and a named enterprise's or unit's one fact. */
const OWN_WORDS: Row[] = [
  // A fine paid late or in parts, in everyday words.
  ['示例化工被屯留分局罚了款，企业说资金紧张想分批交，可以吗', ['13'], [['分期缴纳', '第13条']], /^可以/],
  ['沁县分局罚的那家企业说一次付不起，能不能缓交', ['13'], [['延期', '第13条']], /^可以/],
  // A lighter penalty asked for: discretion weighs the attitude.
  ['示例煤业超标排放被襄垣分局立案了，企业积极整改，能不能从轻处罚', ['12', '11'], [], /^可以，但须/],
  ['企业偷排已立案，但整改态度好，罚款能少罚点吗', ['12', '11'], [['偷排', '第11条']], /^可以，但须/],
  // Coercive measures after a serious violation: the measure planned is what the ask is about.
  ['企业无证排污，分局打算扣押设备，要注意什么', ['13', '11'], [['扣押', '第13条']]],
  ['发现企业偷排，想直接查封，有什么讲究', ['13', '11'], [['查封', '第13条']]],
  // Repeated violations: more frequent supervision.
  ['企业屡次被查出超标排放，要不要提高检查频次', ['11'], [['监管频次', '第11条']], /^需要/],
  ['示例陶瓷接连被查出偷排，平顺分局以后要不要多查', ['11'], [['监管频次', '第11条']], /^需要/],
  // Fined but not rectified: a second fine does not settle it.
  ['示例化工被罚了款还是没整改，屯留分局能不能再罚一次就算了', ['14'], [['不得以罚代管', '第14条']], /^不能/],
  ['企业罚完款以后拒不整改，怎么办', ['14', '15'], [['谁查处，谁督改', '第14条']]],
  // A rectification plan, a first minor violation stated in passing.
  ['企业台账不全，轻微，第一次，要不要让它交整改方案', ['15', '13'], [['整改计划', '第15条']], /^需要/],
  ['示例铸造第一次被查出来标识不全，情节很轻，必须罚款吗', ['13'], [['首次违法', '第13条']], /^不需要/],
  // Tampered data is 弄虚作假, and denied intent is no intent.
  ['企业偷偷篡改了在线监测数据，能按首违不罚处理吗', ['11', '13'], [['弄虚作假', '第11条']], /^不能/],
  ['长子分局查到示例污水处理出水超标，企业说不是故意的，能不能免罚', ['13', '11'], [], /^不能/],
  // A special inspection with no end, whatever the officer calls it.
  ['土壤科想搞个危废专项，先查着再说，行吗', ['4'], [['无限期延长检查', '第4条']], /^不能/],
  ['执法队准备做扬尘专项，不设结束时间，可以吗', ['4'], [['无限期延长检查', '第4条']], /^不能/],
  // A section finding an anomaly off-site may not go itself: it hands the clue to the branch.
  [
    '土壤科从在线监测看到示例危废处置数据异常，科里要不要自己去查',
    ['8', 'annex-3'],
    [['异常', '第8条']],
    /^不需要/,
  ],
  [
    '监控中心从在线监控发现示例焦化数据异常，能不能自己派人去查',
    ['8', 'annex-3'],
    [['移交有关分局', '第8条']],
    /^不能/,
  ],
  [
    '大气科看用电数据发现示例陶瓷异常，科里可以自行组织人员去企业查吗',
    ['8', 'annex-3'],
    [['用电', '第8条']],
    /^不能/,
  ],
  // Sparing the fine still leaves the duty to educate; a fine not followed by rectification is followed up.
  ['示例陶瓷首次违法，情节轻微，平顺分局一定要罚款吗', ['13', '14'], [['免罚不免责', '第14条']], /^不需要/],
  ['这家是初次违法，问题很轻，要不要罚', ['13', '14'], [['教育义务', '第14条']]],
  ['示例煤业被罚了款，到现在也没整改，襄垣分局能不能再罚', ['14', '15'], [['整改核查', '第15条']], /^不能/],
  // What follows a special inspection's approval.
  ['武乡分局3月搞扬尘专项，方案批了以后还要干什么', ['4'], [['按照规定备案', '第4条']]],
];

const check = checkCase;

describe('answer on a described case beyond the visit', () => {
  it.each(INCIDENTS)('%s', (...row) => check(row));
});

describe('answer on a case in the officer’s words', () => {
  it.each(OWN_WORDS)('%s', (...row) => check(row));

  it('takes 「不是故意的」 for no intent, and feedback not received for 第6条', () => {
    expect(answer('企业说不是故意超标的，可以不罚吗', ctx).answer).not.toMatch(/违法属主观故意/);
    const feedback = answer('检查结束后要做什么？企业反映一直没拿到检查结果', ctx);
    expect(feedback.citations[0]?.clause).toBe('6');
  });
});

describe('answer on a described visit with other facts', () => {
  it.each(VISITS)('%s', (...row) => check(row));
});

describe('answer on a question about a form or a rule alone', () => {
  it('is not taken for a case', () => {
    expect(answer('整改核查具体要干什么？', ctx).citations[0]?.clause).toBe('15');
    expect(answer('专项执法检查审批表有几栏审批意见', ctx).citations[0]?.clause).toBe('annex-1');
    expect(answer('线索移送表上要写哪些内容', ctx).citations[0]?.clause).toBe('annex-3');
  });
});

describe('「这线索咋移」 asks how a clue is handed on: 第8条 and the form', () => {
  it.each(['无人机巡查拍到示例铸造露天堆料没苫盖，这线索咋移', '在线监测显示示例化工超标，这个线索怎么移'])(
    '%s',
    (question) => {
      const clauses = answer(question, demoContext()).citations.map((c) => c.clause);
      expect(clauses).toContain('8');
      expect(clauses).toContain('annex-3');
    },
  );
});
