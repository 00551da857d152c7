/** A rule of the everyday reader: a pattern and what it becomes. */
export type Rewrite = readonly [RegExp, string | ((match: string) => string)];

/**
 * Dictated and chat messages: fillers (嗯、呃、那个、就是说) dropped or made pauses, emoji dropped,
 * full-width digits and letters (附件３) read as ASCII. Applied first, before any phrase rule.
 */
export const DICTATION: readonly Rewrite[] = [
  [/\p{Extended_Pictographic}|\uFE0F/gu, ''],
  [/[０-９Ａ-Ｚａ-ｚ]/g, (char: string) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)],
  [/^(?:嗯+|呃+|啊+(?=[，,\s]|那个))[，,\s]*(?:那个(?:啥|什么)?[，,\s]*)?|^那个(?:啥|什么)[，,\s]*/, ''],
  [/(?<=[\u4e00-\u9fff])(?:嗯+|呃+)(?=[\u4e00-\u9fff])/g, '，'],
  [/就是说|然后呢(?=[\u4e00-\u9fff])/g, ''],
];

/** The forms and their signing by the short names officers use. */
export const SHORT_NAMES: readonly Rewrite[] = [
  [/专项(?:检查)?表/g, '专项执法检查审批表'],
  // 「下月计划表」「12月计划表」 is the month's schedule, not the form.
  [/(?<![审批月周])计划表/g, '入企执法检查计划审批表'],
  // 「计划谁签」: signing a plan is approving it.
  [/谁(?:来)?签(?![字批收到订约名])/g, '谁签批'],
];

/** Plain words for the scheme's: a fault is a 问题, help is 帮扶, the public's oversight 公众监督. */
export const PLAIN_TALK: readonly Rewrite[] = [
  // 「纠哪类毛病」: what 三（二） corrects, in its words.
  [/毛病/g, '问题'],
  [/纠(?![正错纷结缠])/g, '纠正'],
  // 「有难处咱能帮不」: helping the enterprise through, 第15条's 帮扶.
  [/(?<!帮)帮(?:一把|一下|帮忙?|个忙|忙|衬)?(?=(?:吗|么|不|呢)?[？?]?$)/, '帮扶'],
  [/难处/g, '困难'],
  // 「去现场得带啥设备」「要配哪些装备」: what officers take on site is 第6条's 执法设备 (移动执法、记录仪).
  [
    /(带|配|拿|备|用)(?:上|好)?(?:些|点)?(?:什么|啥|哪些|哪样)(?:执法)?(?:设备|装备|家伙什?|东西)/g,
    '$1什么执法设备',
  ],
  // 「接受群众监督」「社会监督」: 第7条's 公众监督.
  [/(?:群众|社会|老百姓)监督/g, '公众监督'],
];
