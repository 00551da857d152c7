/**
 * Everyday wording about a penalty in the scheme's words: paying late or in parts and the hardship
 * behind it, a fine paid, like cases fined unlike, tampered data, a first or minor violation. Part
 * of the everyday reader's ordered list (everyday.ts), applied where it is spread.
 */
export const PENALTY_WORDS: readonly [RegExp, string][] = [
  // Paying a fine late or in parts, and the hardship behind it, in the scheme's words.
  [/分(?:[两二三几多\d]+(?:次|回|趟|笔)|批|期)(?:交|缴|付|给)(?:清|齐|完)?(?:罚款)?/g, '分期缴纳罚款'],
  [/(?:晚(?:点|些|几天)|缓|推迟|延后|宽限几天再?)(?:交|缴)(?:罚款)?/g, '延期缴纳罚款'],
  [/(?:一次(?:性)?)?(?:拿不出来?|凑不齐|付不起)/g, '交不起'],
  [
    /效益(?:差|不好)|资金(?:紧张|困难)|手头紧|(?:资金)?周转(?:不开|不过来|不灵|困难)|资金链(?:紧张|断了?)|经营(?:困难|不善)/g,
    '确有困难',
  ],
  // 「罚款都交齐了」「罚款已经缴了」: the fine paid, a penalty carried out.
  [/罚款(?:都|也|已经?|早就?)?(?:交|缴|缴纳)(?:齐|清|完|上)?了/g, '已缴纳罚款'],
  // 「是不是就不用改了」: whether a fine spares the rectification, not whether the case is followed up.
  [/(?:就)?不(?:用|必|需要?)(?:再)?(?:整改|改正|改)了/g, '就可以不再整改了'],
  [/(?:整改)?(?:一直|老是|总是)?拖着?不改|整改(?:一直|老是|总是)拖(?:着)?/g, '未整改'],
  // 「能免不」「可以免了吧」: sparing the fine.
  // Only after a violation is named: 「正面清单企业现场检查能免吗」 asks to spare the visit.
  [
    /(?<=(?:违|罚|偷|直排|排放|排污|超标|造假|首违|轻微)[^]*?)(能|可以|可不可以|能不能|能否|可否)免(?=[吗么不]?[？?]?$|[吗么不]?[，,])/g,
    '$1免罚',
  ],
  // 「罚的数差一大截」「两边罚得不一样」: like cases fined unlike, against 类案同罚.
  [
    /罚(?:的|得)?(?:数|钱|款|金额|数额)?(?:差(?:距)?(?:了)?(?:一大截|很多|太多|不少|挺大|很大|较大|太大)|不一样|悬殊)/g,
    '罚款差距较大',
  ],
  [/少交(?:点|一点|些)?|减免罚款|罚款打折/g, '罚款减少'],
  [/确实(?:有)?困难|实在(?:有)?困难|真(?:的)?有困难/g, '确有困难'],
  // 「改了在线数据」「数据是自己改的」: tampering with monitoring data is 弄虚作假.
  [
    /(?:篡改|修改|改了|改动|动了|删了|伪造)(?:在线|自动)?(?:监测|监控)?数据|数据(?:是)?(?:企业)?(?:自己)?(?:篡改|改)(?:的)?/g,
    '数据弄虚作假',
  ],
  // 「排污许可证过期了还在排」「许可证到期了照样生产」: discharging without a valid permit is 无证排污.
  [
    /(?:排污)?许可证?(?:已经?|都|早就?)?(?:过期|到期|失效|被吊销|吊销|注销)了?[，,]?(?:企业)?(?:还在|仍在|仍然|继续|照样|照常|一直)(?:排污|排放|排|生产)/g,
    '无证排污',
  ],
  // 「情节很轻」「，轻微，」: a minor violation stated in passing.
  [/情节(?:很|较|比较|非常|特别)轻微?|(?:问题|违法)(?:很|比较|较)轻|(?<=[，,])轻微(?=[，,])/g, '情节轻微'],
  // 「第一次被查出来」「，首次，」: a first violation.
  [
    /(?:第一次|首次|初次)被(?:查出来?|发现|查到)|(?<=[，,]|说|称|是)(?:首次|第一次|初次)(?:违法)?(?=[，,]|$)/g,
    '首次违法',
  ],
  // 「要是没举报」「不是投诉来的」: a trigger denied is none.
  [/(?:没有?|不是|并非|无)(?:人)?(?:举报|投诉|信访|线索|转办|交办|上级交办)(?:来的)?/g, ''],
  // 「以前从没被罚过」「没有违法记录」: no earlier violation makes this one a first.
  [
    /(?:以前|之前|此前|过去)?(?:也)?(?:从)?(?:没|未|无)(?:有)?(?:被)?(?:处罚过|罚过|违法记录|违法前科|前科|不良记录|违过法)|(?:以前|之前|此前)(?:一直)?(?:守法|没出过问题|没问题)/g,
    '首次违法',
  ],
  // 「没造成什么后果」「没污染到环境」: a violation with no harm done is minor.
  [
    /(?:没|未)(?:有)?造成(?:什么|任何|明显)?(?:危害|后果|影响|污染)(?:后果)?|危害(?:后果)?(?:很|较)?(?:小|轻)/g,
    '情节轻微',
  ],
];
