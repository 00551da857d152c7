/**
 * Near-misses that name the scheme's own documents and words but ask what lies in another text or
 * outside any text: the tiers of the discretion benchmark, the items of the province's list, a national
 * standard's limit or method, another law's mechanism, someone's opinion, a forecast, a draft or a
 * translation. The scheme only points to those texts; it is no answer to what they say.
 */

/** What another document says inside: 「基准里分几档」「清单具体有哪几条 挨个列」「细则里对着装有啥要求」. */
const INSIDE_ANOTHER_TEXT = [
  // 「省厅那个实施意见第五条讲的啥」: an article of another document, not of this scheme.
  /(?:晋环发|省厅|实施意见|管理办法|裁量基准|事项清单)[^，。？?]{0,10}第[一二三四五六七八九十\d]+条/,
  /分几档|每档|哪一档|几个档次|挨个列|逐条列|逐项列|一条条列|全文|原文/,
  /(?:基准|细则|实施意见|管理办法|事项清单|名录)(?:里|中|上|内)(?:头|面|边)?[^，。？?]{0,10}(?:具体|哪几条|哪些条|什么要求|有什么|代码|规定了?什么)/,
];

/** A technical standard or method: limits, sampling, parallel samples, comparison tests, waste codes. */
const TECHNICAL =
  /国标|国家标准|行业标准|标准方法|监测方法|分析方法|平行样|采样(?:方法|规范|频次|按|要采|采几)|采几个|比对监测|(?:排放|噪声|污染物)标准(?:是|值|限值)|排放限值(?:是|为)?多少|限值(?:多少|是多少|是几)|(?:多少|几)分贝|分贝(?:是多少|限值|标准)|危废代码|废物代码|名录[^，。？?]{0,6}代码/;
/** A standard crossed in a case told (「超国标两倍，能去查吗」) is a fact of the case, not a standard asked. */
const CASE_TOLD = /超[标过出了国排限]|偷排|违法|罚|举报|投诉|扰民|能不能查|能去|去查/;

/** Another law's own mechanism: daily fines, late-payment surcharges, crimes, transfers across provinces. */
const OTHER_LAW =
  /按日连续处罚|按日计罚|加处罚款|滞纳金|追诉标准|污染环境罪|环境犯罪|移送公安|行政拘留|刑事责任|跨省转移|转移联单|(?:按|依|依据|根据)(?:《)?(?:环评法|环境影响评价法|大气(?:污染防治)?法|水(?:污染防治)?法|固废法|固体废物污染环境防治法|环境保护法|环保法|刑法)/;

/** Asks of the bot itself: an opinion, a forecast, a draft written, a word translated. */
const NOT_AN_ASK_OF_THE_SCHEME =
  /你(?:个人)?(?:觉得|认为|怎么看|看法)|(?:说说|谈谈|讲讲)(?:你的)?(?:看法|观点|想法)|个人(?:看法|观点|意见)|英语|英文|日语|翻译|(?:帮我|给我|替我)(?:起草|写|拟|做)|起草一?(?:份|个|篇)|(?:明天|后天|下周|近期|今晚)[^，。？?]{0,6}会不会(?:启动|发布|下|来|有)/;

/** Honours and staffing of an enterprise or of the bureau: awards, quotas, hiring, resettlement. */
const HONOURS_AND_PEOPLE =
  /文明单位|先进(?:单位|个人|集体)|荣誉称号|评先|优秀名额|名额(?:怎么|咋|如何)?分|招不招人|招人|招聘|(?:村民|居民|群众|住户)搬迁|搬迁补偿|拆迁|补偿(?:款|金|标准|多少)|能补偿|住宿(?:标准|费|报销)|空管|飞行计划|民航/;

export function asksAnotherText(question: string): boolean {
  return (
    INSIDE_ANOTHER_TEXT.some((pattern) => pattern.test(question)) ||
    (TECHNICAL.test(question) && !CASE_TOLD.test(question)) ||
    OTHER_LAW.test(question) ||
    NOT_AN_ASK_OF_THE_SCHEME.test(question) ||
    HONOURS_AND_PEOPLE.test(question)
  );
}
