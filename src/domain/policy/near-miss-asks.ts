import { askSentence, lastPhrase } from './ask-sentence.js';

/**
 * Near-misses told as a case: 「屯留分局明天去化工厂采样，COD样品要加啥保存剂」 describes a visit the
 * scheme governs, then asks what no clause says. The visit is background; what decides is the clause
 * that asks, so these kinds are matched there only (「企业信用评价降了级，能去查吗」 still asks a visit).
 */

/** The clause that asks: the last one of the sentence that asks. */
export function askClause(question: string): string {
  return lastPhrase(askSentence(question)) ?? question;
}

/**
 * Subjects no clause speaks of, whatever visit they come up in: another law's own mechanism (hearings,
 * damage compensation, carbon trading, credit rating), the laboratory, a forecast, the press, an
 * enterprise's own plans, an officer's exams, a document's typesetting, a limit in a standard.
 */
const OUTSIDE_SUBJECTS: readonly RegExp[] = [
  // The penalty procedure's own steps, which the administrative penalty law sets.
  /听证|陈述申辩|申辩期|送达(?:期限|方式|回证)|提前几天(?:通知|送达)/,
  // Damage compensation, carbon trading and credit rating: other regimes entirely.
  /损害赔偿|赔偿(?:金额|数额|磋商|标准|多少)|损害鉴定|碳排放(?:权|配额)|碳配额|碳交易|碳市场|碳汇|CCER|买配额|配额(?:不够|多少|怎么|咋)|信用(?:评价|等级|评级|修复)|[红黄绿蓝黑]牌企业/i,
  // Samples, the laboratory, and how often a monitor is calibrated (校准、标定、检定).
  /样品|保存剂|固定剂|留样|化验|实验室|检测(?:方法|仪器)|校准|标定|检定/,
  // A forecast of weather or air quality, and who issues a pollution warning (not 第1条's 预警提醒).
  /预报|雾霾天|(?:会不会|有没有)(?:雾霾|下雨|下雪|降温)|(?:重污染天气|污染天气|空气质量)(?:[红橙黄蓝]色)?预警[^，。？?]{0,8}(?:谁|哪个部门|发布|启动|解除|级别)/,
  // Tax and an official's rank.
  /交税|纳税|税收|税费|减税|退税|免税|环保税|(?:局长|科长|队长|主任)[^，。？?]{0,4}(?:几级|什么级别|哪个级别|级别)|行政级别|职级/,
  // Rewards for a report, a vendor recommended.
  /奖励[^，。？?]{0,4}(?:多少|几个钱|标准|金额)|奖金|悬赏|推荐[^，。？?]{0,6}(?:厂家|供应商|公司|品牌|机构|单位|几家|一家)/,
  // The press: credentials, interviews, filming.
  /记者|媒体(?:采访|跟拍)|采访|跟拍|新闻发布/,
  // An enterprise's own plans: expanding, investing, changing its products.
  /扩产|扩大(?:生产|产能)|增产|转产|(?:该不该|要不要|能不能)(?:投资|上马|扩建)|投资(?:方向|建议|多少)/,
  // An officer's exams and certificate, a document's typesetting, buying equipment.
  /考试|拿(?:到)?(?:执法)?证|领(?:执法)?证|考(?:执法)?证|版头|几号字|字号|字体|行距|页边距|红头|采购|买哪|(?:哪个|什么)牌子|品牌/,
  // The bureau's own documents: who numbers them, their layout, the office system that issues them.
  /发文(?:字号|流程|程序|手续)|(?:OA|办公|公文)系统|公文(?:流转|处理|格式)|收文|版式|(?:文号|字号)[^，。？?]{0,4}(?:由谁|谁|怎么|如何)编/i,
  // An environmental emergency's reports (初报、续报、终报) and grading, which the emergency rules set.
  /初报|续报|终报|突发环境事件[^，。？?]{0,8}(?:报告|上报|报送|分级|级别|定级)|(?:向|给)(?:市政府|省政府|省厅|县政府|区政府)[^，。？?]{0,4}(?:报告|上报|报送)/,
  // Who built a piece of software; an enterprise's party or banquet; air-quality statistics; party work.
  /(?:软件|系统|平台|APP)[^，。？?]{0,6}(?:哪家|哪个公司|谁)(?:公司)?(?:开发|做|建)|开发商|供应商/i,
  /吃个饭|联欢|开业仪式/,
  /优良天数|空气质量(?:排名|指数|状况|怎么样|好不好|同比)|升了还是降了|同比[^，。？?]{0,4}(?:升|降|增|减)/,
  /党日|党建|党支部|组织生活|主题教育/,
  // A limit in a standard, however the figure is asked.
  /限值[^，。？?]{0,6}(?:多少|几)|标准值[^，。？?]{0,6}(?:多少|几)|毫克每立方米|毫克\/立方米|微克每立方米|mg\/m/i,
];

/** Another department's own staff and duties: 「是应急局哪个科负责的」. */
const OTHER_DEPARTMENT_DUTY =
  /(?:应急局|应急管理|消防|市场监管|市监局|住建|自然资源|水利|交通|税务|公安|气象)[^，。？?]{0,6}(?:哪个|哪一个|什么)(?:科|处|股|部门|人)|(?:瓦斯|井下|矿山安全|煤矿安全|通风安全)[^，。？?]{0,12}(?:谁|哪个|哪家|归)/;

/** 「……，长治示例医药有限公司在问」: who asks, said after the ask. */
const ASKER_TAIL = /^[^，,]{0,16}(?:在问|问我|问的|让我问|想知道|想问问|问一下)$/;
/** 「接受媒体采访要走啥审批，稿子要谁审」: each phrase that asks, not only the last. */
const ASKING = /[吗么呢]$|啥|什么|谁|哪|怎么|多少|能不能|要不要|是否|可不可以/;

function askedPhrases(question: string): string[] {
  const phrases = askSentence(question)
    .split(/[，,；;。！!？?\s]+/)
    .filter(Boolean);
  while (phrases.length > 1 && ASKER_TAIL.test(phrases.at(-1)!)) phrases.pop();
  const last = phrases.at(-1) ?? question;
  // 「记者打电话问我检查结果怎么样」 reports another's question; the officer's own asks are the rest.
  const own = phrases.filter(
    (phrase) => ASKING.test(phrase) && !/问(?:询)?(?:我|他|咱|我们|你)/.test(phrase),
  );
  return [...new Set([last, ...own])];
}

/** Occasions no clause speaks of, wherever in the message they are told: a banquet, a gift, a party day. */
const OUTSIDE_OCCASIONS = /年会|宴请|请吃饭|联欢会|庆典|剪彩|礼品|红包|购物卡|主题党日/;

export function asksOutsideSubject(question: string): boolean {
  if (OUTSIDE_OCCASIONS.test(question)) return true;
  return askedPhrases(question).some(
    (ask) => OUTSIDE_SUBJECTS.some((pattern) => pattern.test(ask)) || OTHER_DEPARTMENT_DUTY.test(ask),
  );
}
