/**
 * Everyday wording about a risk before any violation and the warning it calls for, in the scheme's
 * words (第1条's 预警提醒, 有违法风险). Part of the everyday reader's ordered list (everyday.ts),
 * applied where it is spread.
 */
export const WARNING_WORDS: readonly [RegExp, string][] = [
  // 「不去现场，先给企业打个招呼提醒一下」「先预警」: a warning before any visit or case is 第1条's 预警提醒
  // (not the 重污染天气预警 a region declares).
  [
    /(?:(?:不去现场|不进厂|不上门)[，,]?)?(?:先(?:给|跟|和)?(?:企业|厂家|它)?|(?:给|跟|和)(?:企业|厂家|它))(?:打(?:个)?招呼|提个醒|预警)(?:提醒)?(?:一下)?|打(?:个)?招呼(?:提醒)?(?:一下)?/g,
    '先预警提醒',
  ],
  // 「能直接打电话提醒企业不」「发个消息提醒它一下」: the same warning, the verb before the enterprise.
  [
    /(能|可以|能不能|可不可以|能否|可否|要不要)(?:直接|先)?(?:打(?:个|一个)?电话|发(?:个|条)?(?:短信|消息|微信))?提醒(?:一下)?(?:企业|厂家|它|他们)(?:一下)?(?!告诫|整改|改正|缴|交|反馈)/g,
    '$1先预警提醒',
  ],
  // 「数据老在临界值，还没超标」: a limit not yet crossed is a risk, not 超标.
  [
    /(?:还|尚|暂时)?(?:没|未)(?:有)?超(?:标|过限值|限)?(?![过出])|(?:接近|临近|逼近)(?:超标|限值)|(?:在|到)临界值/g,
    '有违法风险',
  ],
  // 「还没超，能先提醒一下企业不」: a reminder before any violation is 第1条's 预警提醒, not 第13条's 提醒告诫.
  [
    /先(?<=(?:有违法风险|风险|苗头|(?<!天气)预警)[^。？?]*先)(?:给|跟|和)?(?:企业|厂家|它)?提醒(?:一下)?(?:企业|厂家|它)?/g,
    '先预警提醒',
  ],
  // 「数据忽高忽低，还没违法」: no violation yet is a risk, as 第1条 puts it.
  [/(?:还|尚|暂时)(?:没|未)(?:有)?(?:违法|违规)(?!线索|行为)/g, '有违法风险'],
];
