/**
 * Procedures that other rules govern, asked in the scheme's words (执法记录仪, 送法入企, 许可证, 预警):
 * how to buy or fund something, sign or renew a contract, pay a fee, get another department's licence
 * extended, or when a weather warning ends. The scheme names the thing only to say it is used, so its
 * clause is no answer to how the thing is procured, paid for or renewed.
 */
const OUTSIDE_PROCEDURES: readonly RegExp[] = [
  // Buying things and where the money comes from.
  /采购(?:流程|程序|手续|方式|审批|计划|怎么|咋|如何)|(?:政府|集中)采购|招投标|招标(?:流程|程序|文件|怎么|咋)|询价|比价|钱从哪|(?:资金|经费|费用|钱)(?:从哪|哪里出|哪儿出|来源|怎么出|谁出)|哪(?:笔|项|块)(?:钱|经费|资金)|列支/,
  // Signing, renewing or ending a contract.
  /合同[^，。？?]{0,10}(?:续签|签订|签约|续约|到期|终止|解除|流程|程序|审批|怎么签|咋签|盖章)|(?:续签|签订|签)[^，。？?]{0,6}合同/,
  // Fees and pay for lecturers, experts and reviewers.
  /讲课费|课酬|课时费|授课费|劳务费|专家费|咨询费|评审费|稿费|酬金|报酬|出场费|(?:一|每)(?:小时|课时|节课|场)[^，。？?]{0,4}(?:给|付|发)多少/,
];

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

/** Whether the question asks how to carry out a procedure the scheme does not govern. */
export function outsideProcedure(question: string): boolean {
  if (OUTSIDE_PROCEDURES.some((pattern) => pattern.test(question))) return true;
  if (LICENCE.test(question) && OBTAIN.test(question) && !STILL_OPERATING.test(question)) return true;
  return WEATHER_WARNING.test(question) && !CASE_WORDS.test(question);
}
