import { asksOutsideSubject } from './near-miss-asks.js';
import { asksAnotherText } from './near-miss-kinds.js';

/**
 * Procedures that other rules govern, asked in the scheme's words (执法记录仪, 送法入企, 许可证, 预警):
 * how to buy or fund something, sign or renew a contract, pay a fee, get another department's licence
 * extended, or when a weather warning ends. The scheme names the thing only to say it is used, so its
 * clause is no answer to how the thing is procured, paid for or renewed.
 */
const OUTSIDE_PROCEDURES: readonly RegExp[] = [
  // Buying things and where the money comes from.
  /采购(?:流程|程序|手续|方式|审批|计划|怎么|咋|如何)|(?:政府|集中)采购|招投标|招标(?:流程|程序|文件|怎么|咋)|询价|比价|钱从哪|(?:资金|经费|费用|钱)(?:从哪|哪里出|哪儿出|来源|怎么出|谁出)|哪(?:笔|项|块)(?:钱|经费|资金)|列支/,
  // Filing a closed case: 「结案后多长时间内要归档，保管期限是多少年」.
  /(?:多长时间|多久|几天|期限|怎么|如何)[^，。？?]{0,4}归档|归档(?:期限|时限|要求|流程)|档案(?:保管|管理)|保管期限|案卷(?:整理|装订|评查标准)/,
  // Where kit is fetched, swapped or mended: 「记录仪没电了上哪换，局里有备用的没」.
  /(?:上哪|去哪|到哪|哪里|哪儿)(?:儿)?(?:换|领|借|充电|修|买)|有(?:没有)?备用的|备用(?:的|机)?(?:有没有|在哪)/,
  // Signing, renewing or ending a contract.
  /合同[^，。？?]{0,10}(?:续签|签订|签约|续约|到期|终止|解除|流程|程序|审批|怎么签|咋签|盖章)|(?:续签|签订|签)[^，。？?]{0,6}合同/,
  // Fees and pay for lecturers, experts and reviewers.
  /讲课费|课酬|课时费|授课费|劳务费|专家费|咨询费|评审费|稿费|酬金|报酬|出场费|(?:一|每)(?:小时|课时|节课|场)[^，。？?]{0,4}(?:给|付|发)多少/,
];

/**
 * Other laws' own procedures: an 环评 or 排污许可 application, a 危废经营许可, the time limits of
 * 行政复议 and 诉讼, a citizen's request under the disclosure rules, the 信访 rules' deadlines. The
 * scheme speaks of 信访举报 only as a clue's source and of 信息公开 only as the units' duty.
 */
const OTHER_LAWS_PERMITS: readonly RegExp[] = [
  /环[评平](?:报告[表书]?|文件)?[^，。？?]{0,4}(?:审批|批复|受理|报批|备案|编制)|(?:报告[表书]|登记表)[^，。？?]{0,2}(?:审批|批复|报批)/,
  /排污许可证?[^，。？?]{0,4}(?:申请|申领|变更|延续|重新申请|注销|核发|登记|审批|谁批|归谁)|(?:申请|申领|办理|办)[^，。？?]{0,2}排污许可|危废(?:经营)?许可|经营许可证/,
];
/** Appeals, lawsuits, disclosure requests and 信访 deadlines: a penalty named is what they are about. */
const OTHER_LAWS_REMEDIES: readonly RegExp[] = [
  /起诉|诉讼|(?:去|到|向)法院|告到法院|打官司|应诉|复议期限|(?:申请|向)(?:人民)?法院|强制执行/,
  /依申请公开|申请(?:政府)?信息公开|申请公开|信息公开申请/,
  /信访(?:件|事项|案件)?[^，。？?]{0,8}(?:时限|期限|多少天|几天|超期|逾期|办理期)/,
];

/**
 * Another department's own business (消防, 安监, 市场监管, 住建 …). A joint visit or a clue moved to
 * or from them is the scheme's; how their checks, licences and filings work is not.
 */
const OTHER_DEPARTMENT =
  /消防|安监|应急管理|市场监管|市监局|食品(?:生产|经营)许可|住建|住房和城乡建设|城管|自然资源局|水利局|交通运输局|税务局/;
/** 「我们、应急局、市场监管局都排了检查，各查各的」: visits by several departments are 第3条's 综合一次查. */
const WITH_US =
  /联合|一起|一块|一同|一道|共同|综合|会同|协同|跨部门|多部门|移送|移交|转办|交办|线索|转来|转给|重复(?:检查|进门|进厂|入企)|牵头|配合|陪同|(?:跟|和|同)[^，。？?]{0,6}(?:去|到)(?!哪)|各查各|分头(?:查|检查|去|进)|轮番|多头(?:检查|执法)|(?:我们|咱们)[^，。？?]{0,2}、[^，。？?]{0,12}都(?:排了|安排了|要去|去了|来查|查了)/;

/** Another department's own penalties and ratings, asked even on a joint visit: 「消防那边罚多少」「安全生产标准化评审」. */
const OTHER_DEPARTMENT_OWN =
  /(?:消防|安监|应急|市场监管|住建)[^，。？?]{0,6}(?:罚款标准|罚多少|怎么罚|处罚标准|处罚幅度|罚款幅度)|安全生产标准化|安全评价/;

/** An enterprise's own business: listing, loans, power prices, tax, hiring. */
const ENTERPRISE_BUSINESS =
  /(?:准备|要|想|申请|计划|筹备|谋划)上市|上市(?:审核|辅导|申请|材料)|IPO|券商|贷款|融资|授信|(?:差别|阶梯)?电价|电费|水价|气价|税收优惠|减免税|退税|招工|用工/i;

/** Another department's licence, certificate or qualification: getting it issued, extended or changed. */
const LICENCE = /许可证|证照|资质|执照|证书/;
const OBTAIN =
  /(?:去|到|找)哪(?:个|家|里|儿)?(?:部门|单位|机关)?(?:办|申请|申领|延|续|换)|(?:怎么|如何|咋)(?:办理|申请|申领)|(?:怎么|如何|咋)办(?:延期|延续|换证|续期)|办(?:理)?(?:延期|延续|换证|续期)|(?:延期|延续|换证|续期|申领|核发|变更)(?:申请)?[^，。？?]{0,8}(?:材料|手续|流程|程序|多久|几天|工作日)/;
/** A licence that lapsed while the enterprise goes on discharging is 无证排污, a case of 第11条. */
const STILL_OPERATING = /还在|仍在|继续|照样|照常|无证|偷排|排放|排污(?!许可)|违法|处罚|罚/;

/** A weather warning (暴雪、寒潮) or the meteorological office, not 第11条's 重污染天气. */
const WEATHER_WARNING =
  /气象(?:台|局|部门|站)|(?:暴雪|暴雨|寒潮|大雾|冰冻|道路结冰|雷电|冰雹|高温|沙尘暴|霜冻|台风|大风)(?:[红橙黄蓝]色)?(?:预警|警报)/;
const CASE_WORDS = /重污染|违法|超标|偷排|排放|处罚|罚款|线索|举报|检查/;

/**
 * A violation or a penalty told (未批先建, 「贷款还不上，罚款能分期吗」) makes it a case, whatever
 * other procedure or business it names.
 */
const CASE_TOLD = /违法|未批先建|擅自|罚|整改|偷排|超标|无证/;

/**
 * Monitoring's own technical rules: 「缺失时段按HJ 75怎么补遗」「有效数据捕集率不够75%怎么判」. The scheme
 * takes 自动监控 only as a clue's source; how its data are validated is the standards'.
 */
const MONITORING_TECHNICAL =
  /HJ\s?\d+|(?:有效)?数据捕集率|数据有效性|(?:缺失|缺测)(?:时段|数据)?[^，。？?]{0,8}(?:补遗|补全|修约|替代)|补遗/i;
/**
 * Reports and statistics other bodies ask for: 「司法局要的履职报告，普法场次那栏怎么统计」. The scheme
 * sets the duty, not another office's report or its columns; its own forms (附件) are asked elsewhere.
 */
const OTHER_REPORT =
  /履职报告|述职报告|统计口径|(?:报表|表格|台账)[^，。？?]{0,8}(?:怎么|如何|咋)统计|(?:一栏|那栏|这栏|栏目)[^，。？?]{0,4}(?:怎么|如何|咋)(?:统计|算|填)/;
const OWN_FORM = /审批表|移送表|附件/;

/** Whether the question asks how to carry out a procedure the scheme does not govern. */
export function outsideProcedure(question: string): boolean {
  if (OUTSIDE_PROCEDURES.some((pattern) => pattern.test(question))) return true;
  if (asksAnotherText(question) || asksOutsideSubject(question)) return true;
  const told = CASE_TOLD.test(question);
  if (OTHER_LAWS_PERMITS.some((pattern) => pattern.test(question)) && !told) return true;
  if (OTHER_LAWS_REMEDIES.some((pattern) => pattern.test(question))) return true;
  if (OTHER_DEPARTMENT.test(question) && !WITH_US.test(question)) return true;
  if (OTHER_DEPARTMENT_OWN.test(question)) return true;
  if (ENTERPRISE_BUSINESS.test(question) && !told) return true;
  if (LICENCE.test(question) && OBTAIN.test(question) && !STILL_OPERATING.test(question)) return true;
  if (MONITORING_TECHNICAL.test(question) && !told) return true;
  if (OTHER_REPORT.test(question) && !OWN_FORM.test(question)) return true;
  return WEATHER_WARNING.test(question) && !CASE_WORDS.test(question);
}
