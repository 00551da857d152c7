import { cite } from './citations.js';
import type { Concept } from './concepts.js';
import type { Retrieval } from './retrieve.js';
import type { PolicyAnswer } from './types.js';

/** Below this a clause shares only passing words with the question. */
const MIN_SCORE = 8;

const NOT_COVERED = '实施方案未涉及这一问题。如需进一步了解，请咨询法规与标准科。';
const OTHER_ENTRY =
  '这一事项不适用本实施方案：行政许可、工作调研、考核评估和核与辐射监管等其他入企行为按照相关规定和要求执行（印发通知）。';

/** Concepts that say what is asked (who approves, how long, which level), not what it is about. */
export const ASPECTS: ReadonlySet<Concept> = new Set<Concept>([
  'approve',
  'head',
  'supervisor',
  'unitHead',
  'county',
  'city',
  'section',
  'form',
  'period',
  'disclose',
  'feedback',
  'plan',
  'education',
  'fine',
  'latePayment',
  'cap',
  'onsite',
]);

/** Words that put a question in the world of enterprise inspections at all. */
const DOMAIN = /检查|执法|企业|入企|处罚|罚款|违法|环保|环境|监管|排污|污染|案件|当事人|分局|查|厂|公司/;

/**
 * A question is answered only when its best clause scores well and shares a real subject with it:
 * a concept of the scheme, or two words. One shared word is too weak (「单位体检」 meets 「全面体检」
 * in 第6条), and so is a bare aspect such as 谁批 unless the question is about inspections at all
 * (「请假找谁批」 is not).
 */
export function isCovered(retrieval: Retrieval, question: string): boolean {
  const top = retrieval.hits[0];
  if (!top || top.score < MIN_SCORE) return false;
  const concepts = retrieval.shared.filter((term) => term.startsWith('#')).map((term) => term.slice(1));
  const words = retrieval.shared.filter((term) => term.startsWith('w:'));
  if (concepts.some((concept) => !ASPECTS.has(concept as Concept)) || words.length >= 2) return true;
  return concepts.length > 0 && DOMAIN.test(question);
}

/**
 * Asks about a unit or a place itself (its address, phone, hours, staff), never about the scheme.
 * Staff who acted in a case told (「员工疏忽」「职工误操作」) are a fact of it, not the ask; so is a call
 * told (「企业主动打电话报告」「接群众电话」), which asks for no number.
 */
const ABOUT_A_PLACE =
  /地址|在哪|怎么走|几楼|几层|哪层|楼层|办公楼|(?<![打接来通回致][^，。？?]{0,4})电话(?!联系|报告|告知|通知|举报|投诉|反映|核实)|号码|手机|传真|邮箱|邮编|网址|网站|官网|公众号|联系方式|几个人|多少人|人数|编制|招人|招聘|证号|文号|执照|到期|几点|上班|下班|办公时间|叫什么名字|是谁[？?]?$|天气|预约|(?<![今去明每本全])年检|生产什么|(?:生产|主要|什么|啥|哪些)产品|产品(?:是什么|有哪些|卖)|产值|营业额|利润|纳税|(?:员工|职工)(?!疏忽|操作|失误|违规|私自|擅自|误操作|没|未|不小心|偷)|法定代表人|法人代表|工资|加班|请假|年假|食堂|停车/;
export const UNIT_CONCEPTS: ReadonlySet<Concept> = new Set<Concept>([
  'county',
  'city',
  'section',
  'legalSection',
  'enforcementTeam',
]);

/**
 * A unit's or a place's name alone does not put a question in scope: 「潞城分局的地址」 asks about the
 * unit, and 第1条 listing it is no answer. `names` are the directory's units and places and the
 * registry's enterprises; the question, without them, must still be about the scheme.
 */
export function aboutANameOnly(
  question: string,
  names: readonly string[],
  concepts: readonly Concept[],
): boolean {
  const named = names.filter((name) => question.includes(name));
  if (named.length === 0) return false;
  const rest = named.reduce((text, name) => text.split(name).join(' '), question);
  return (
    ABOUT_A_PLACE.test(rest) &&
    concepts.every((concept) => UNIT_CONCEPTS.has(concept) || ASPECTS.has(concept))
  );
}

/** Staff's own affairs (tax, pay, leave, social insurance) are never the scheme's, whatever words they share. */
const PERSONAL_AFFAIRS =
  /(?:职工|员工|人员|干部|年度|入职)体检|体检(?:安排|报告|时间|医院|费)|个税|个人所得税|附加扣除|社保|公积金|医保|报销|差旅|出差补助|餐补|饭补|交通补贴|补助标准|加班费|年终奖|工资条|年终总结|驾驶证|驾照|休假|年休假|年假|请假|调休|婚假|产假|病假|食堂|伙食|就餐/;

/**
 * An officer's own matters told beside an enterprise or a visit: an injury at work, a lawyer's fee,
 * discipline of staff, a car used privately or taken for its yearly test, a meal offered, office space. No clause
 * governs them.
 */
const OFFICERS_OWN =
  /(?:执法车|公务车|公车|单位的车)[^，。？?]{0,6}(?:年检|保养|维修|加油|保险|违章)|工伤|摔伤|(?:人员|同事|自己)[^，。？?]{0,4}受伤|律师费|法律顾问|聘请律师|党纪|纪律处分|政务处分|处分依据|公车私用|私用公车|工作餐|留(?:我们)?吃饭|吃饭|饭局|宴请|请客|吃请|办公用房|办公室面积/;

/** Weather and the road to a site: no clause speaks of them, however the visit is described. */
const WEATHER_AND_ROADS =
  /导航|(?:咋|怎么)走(?:最近|最快|近|快)|(?:最近|最快)的路|路线|多远|几公里|开车(?:要)?多久|(?<!污染)天气|下(?:大|小|中)?雪|下(?:大|小|中)?雨|下不下(?:雨|雪)|降雪|降雨|刮风|大风|气温|冷不冷|路况|路好不好走|路滑|堵不堵|堵车|封路|好不好走/;

/**
 * What is asked lies outside the scheme even when the question uses its words (罚款, 执法记录仪, 安静期):
 * how to pay, logins and devices, attendance, rosters and venues, budgets and vehicles, what a service
 * costs, appeals, renewals, leave.
 */
const OUTSIDE_ASKS: readonly RegExp[] = [
  // Where and how a fine is paid: 「网上咋交」「二维码」「银行账户」.
  /二维码|银行|(?<!监控|监测|平台)账[户号]|开户行|转账|支付宝|微信支付|(?:网上|线上|手机上?)(?:怎么|如何)?(?:交|缴|支付)/,
  // Logins, apps and broken devices (the officers' own, not an enterprise's).
  /密码|登[录陆]不上|(?:怎么|无法|不能)登[录陆]|(?:在哪|哪里|怎么)下载|下载(?:地址|链接)|安卓|苹果手机|客户端|闪退|报修|摔坏|(?<![a-z])app(?![a-z])/i,
  // Attendance, rosters, meeting rooms and web links.
  // 「审批表只签到分管局长意见」 is how far a form is signed, not attendance.
  // Duty told as the case's background (「昨晚值班：……」「值班人员联系分局」) is no roster asked.
  /考勤|打卡|签到(?![^，。？?]{0,8}(?:意见|局长|负责人|领导))|签退|排班|轮班|会议室|会场|链接|网页|网址/,
  /值班(?:表|安排|名单|带班|(?:怎么|如何|咋|谁)(?:安排|排|定))|(?:安排|排|派)[^，。？?]{0,4}值班|谁(?:来|去)?值班/,
  // Budgets, vehicles, seals, uniforms and drafts: the bureau's own housekeeping.
  // An enterprise's 车辆 (尾气超标的车辆, 运煤车辆27车次排气超标) is a fact of a case, not the bureau's fleet.
  /预算|经费|几辆|多少辆|(?<!运输|物流|企业|公司|渣土|柴油|货运|车队|运煤|拉煤|运渣|运料|运货|进出)车辆(?![^，。？?\n]{0,8}(?:尾气|超标|排放|排气|冒黑烟))|执法车|公务车|派车|用车|公章|印章|制服|着装|新闻稿|讲话稿|PPT|课件/i,
  // What a service costs, rewards, a vendor recommended.
  /收(?:费)?多少钱|收费标准|收费多少|费用多少|奖金|奖励(?:多少|标准|办法|金)|(?:多少|什么|啥)奖励|举报奖励|有(?:没有)?推荐|推荐(?:一下|一家|一个|几家)/,
  // How long a complaint may take to settle or answer: the complaint rules', not the scheme's.
  /办结|(?:答复|回复)(?:举报人|投诉人|信访人)|(?:答复|回复|受理)(?:期限|时限)/,
  // Appeals against a decision, under other laws.
  /行政复议|复议|行政诉讼/,
  // Renewing or replacing a permit, a licence or an officer's certificate.
  /续证|续期|换证|年审|补办|营业执照|延续申请|申请延续|到期前[^，。？?]{0,4}(?:多少|几)天|执法证(?:件)?(?:丢|遗失|掉|找不到|过期|到期|考试)|(?:怎么|如何)续(?:办|签)?(?=[，。？?\s]|$)/,
  // Where forms, banners and print are fetched or made (an enterprise's 印刷厂 is a trade, not print);
  // a unit's phone or address (「带队的电话问我」 is a call, not a number asked); keeping a name secret.
  /(?:在哪|去哪|哪里|哪儿)(?:领|拿|取|打印|买|做|印)|纸质版|横幅|展板|印刷(?!厂|企业|公司|包装|行业|车间)|(?:科|局|(?<!带)队|中心|办公室)的?(?:电话|号码|地址|邮箱|传真)(?!问|打|说|里|通知|联系)|保密|隐私/,
  // Training sessions' dates and rooms, printing and copying: the bureau's own arrangements.
  /开班|(?:在哪|哪里|哪儿)上课|上课(?:地点|时间)|报名(?:时间|截止|方式)|打印机|彩打|彩印|复印(?!件)|要印[^，。？]{0,4}份|印几份|印多少份/,
  // Statistics and report formats for other platforms.
  /表头|字段|统计报表|报表格式|统计口径/,
  // An officer's own career: transfers, promotion, titles.
  /调动|调(?:到|去|往|入)[^，。？]{0,8}(?:工作|上班|任职|执法队|市局)|调岗|转岗|借调|提拔|晋升|职称|评优|遴选|辞职|退休/,
  // A hotline's number, a building's floor: a unit's own particulars, whatever clause its name recalls.
  /(?:举报|监督|投诉|咨询|服务|值班|办公)(?:电话|热线)(?:号码)?(?:是)?(?:多少|几号|是什么)|电话(?:号码)?(?:是)?多少|手机号|私人电话|哪栋楼|哪座楼|哪幢|几号楼|房间号|门牌号|楼[^，。？?]{0,3}几层/,
  // What another law or benchmark says in detail (the scheme only names it), what a service costs,
  // where a website is, when a weather warning starts, how a document is typeset.
  /(?:基准|清单|(?<!执)法|条例|办法)(?:里|中)[^。？?]{0,24}(?:罚多少|多少钱|几档|多少万|怎么规定|如何规定)|(?:刑法|民法典?|刑事诉讼法|治安管理处罚法)(?:里|中|上)?[^，。？?]{0,6}(?:规定|怎么说)/,
  // Another document's edition or a technical standard: what the scheme only names, or never does.
  /(?:基准|管理办法|事项清单|实施细则|规范)[^，。？?]{0,8}(?:最新版|新版|哪年|哪一年|什么时候|何时)(?:的|发|出|印发|发布|出台)?|技术规范|(?:是|用|按)哪个标准|标准号/,
  /费用(?:一般|大概|大约|要|得)?(?:是)?多少|信用修复|(?:哪个|什么)网站|(?:会不会|是否|能否|什么时候|何时|哪天|几号|够不够)(?:能)?(?:启动|发布|解除)[^，。？?]{0,10}预警|行距|页边距|排版|公文(?:格式|字号)/,
  // Hiring and compensation: an enterprise's or a village's own affairs.
  /招不招人|招人|招工|补偿(?:多少|标准|款|金)?|拆迁|安置费/,
  // Pay and holidays.
  /工资|薪水|薪资|津贴|(?<!交通)补贴|绩效工资|放几天假|放假(?:安排|通知|几天)|调休|补休|休假/,
];

/**
 * The upkeep of the bureau's devices and systems. 第6条 names 执法记录仪 and 移动执法系统 only to say
 * they are used; repairing them, logging in or paying for them is not the scheme's.
 */
const DEVICE_UPKEEP = new RegExp(
  [
    // The bureau's devices only: an enterprise's 设备 that broke down is a fact of a case.
    '(?:执法记录仪|记录仪|移动执法|执法终端|执法系统|执法车|公务车|车辆|电脑|打印机)' +
      '[^，。？]{0,8}(?:牌子|买哪|坏|维修|修理|修好|找谁修|故障|登不|登录|登陆|密码|账号|打不开|卡顿|闪退|升级|安装|下载|导出|丢|遗失|借用|归还|采购|购买|申领|领用|保养|加油|内存|开发|厂家|供应商|多少钱|价格|型号|品牌)',
    '(?:维修|修理|报修|采购|购买|申领|领用)[^，。？]{0,6}(?:执法记录仪|记录仪|执法终端|执法车|车辆|电脑)',
  ].join('|'),
);

/** 「记录仪坏了，拿手机拍凑合行不行，系统也得全程开着吗」 asks 第6条's procedure, not a repair. */
const VISIT_PROCEDURE =
  /全程|留痕|可回溯|代替|替代|凑合|顶替|拿手机|纸质|拿纸|用纸|手写|笔录|拍照|照片|没录|未录|检查结果|反馈|把现场查/;

/**
 * 「企业不配合检查怎么办」: the scheme says nothing of obstruction. A described refusal to let a visit
 * in during a quiet period (「企业说安静期不让进」) is a case about 第10条 and stays.
 */
const OBSTRUCTION =
  /不配合(?!整改)|拒绝配合|拒不配合|拒绝(?:检查|执法)|阻挠|阻拦|阻碍(?:检查|执法)|妨碍(?:检查|执法)|抗拒检查|不让(?:我们)?(?:进|查|检查)/;

/** Moving the records themselves (export, copy, back up): a how-to of the devices, not of the visit. */
const DATA_HANDLING =
  /批量导出|导出成|导出来|拷(?:出来|出|贝)|(?:导出|导入|拷|复制|备份|转存|传)[^，。？]{0,4}(?:电脑|表格|Excel|U盘|硬盘|网盘|云盘)|硬盘|U盘|内存卡|存储卡|格式化/i;

/** Staff's own affairs and an officer's own matters: never the scheme's, however sure anyone is of a clause. */
export function ownAffair(question: string): boolean {
  return PERSONAL_AFFAIRS.test(question) || OFFICERS_OWN.test(question);
}

export function personalAffair(question: string): boolean {
  return (
    DATA_HANDLING.test(question) ||
    ownAffair(question) ||
    WEATHER_AND_ROADS.test(question) ||
    OUTSIDE_ASKS.some((pattern) => pattern.test(question)) ||
    (DEVICE_UPKEEP.test(question) && !VISIT_PROCEDURE.test(question)) ||
    (OBSTRUCTION.test(question) && !/安静期/.test(question))
  );
}

export function notCovered(): PolicyAnswer {
  return { answer: NOT_COVERED, citations: [], outOfScope: true };
}

const APPROVAL_ONLY = '第5条的审批程序适用于入企执法检查（第5条）。';

/** 「工作调研也按这个方案吗」 asks whether the scheme applies, which the notice answers. */
const ASKS_APPLIES =
  /也按|也照|按这个|照这个|按本|按[^，。？?]{0,4}(?:号文|文件|实施方案)|按照(?:这个|本)|适用|算不算|属不属于|受不受|也要|也得|也需要|管不管|归不归|这算|算[^，。？?]{0,8}[吗么]|要不要走|(?:要不要|需不需要|用不用|需要|要|得)(?:走|按|经过?|报)[^，。？]{0,6}(?:入企|执法检查|检查审批|审批表|方案)/;
/** 「要不要走入企检查审批」 is answered 不需要 before the notice's words, which open with 不适用 else. */
function appliesVerdict(question: string): string {
  return /要不要|需不需要|用不用|是否需要|需要[^，。？]*吗/.test(question) ? '不需要。' : '';
}

/**
 * 行政许可、工作调研 and the like. Whether the scheme applies to them is answered by the notice (a
 * grounded 「不适用」); how to do them (who approves an 环评, how long a permit takes) is not
 * covered, and gets the same sentence as a refusal.
 */
export function otherEntry(question: string): PolicyAnswer {
  const applies = ASKS_APPLIES.test(question);
  // 「核与辐射监管入企要按这个方案审批吗」: 第5条's approval is for enforcement inspections only.
  const approval = applies && /审批|批准|报批|谁批/.test(question);
  return {
    answer: `${applies ? appliesVerdict(question) : ''}${OTHER_ENTRY}${approval ? APPROVAL_ONLY : ''}`,
    citations: cite([
      { clause: 'notice', about: '行政许可 工作调研 考核评估 核与辐射监管 其他入企行为' },
      ...(approval ? [{ clause: '5' as const, about: '实施入企执法检查，应严格履行审批程序' }] : []),
    ]),
    outOfScope: !applies,
  };
}
