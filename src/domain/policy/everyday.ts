import { ConverterFactory, type ConverterFunction } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';

/**
 * Everyday and misspelt wording as the scheme would put it. Applied after the conversion to
 * simplified characters, in order, so longer phrases go before the words they contain.
 */
const EVERYDAY: readonly [RegExp, string][] = [
  // Common typos of the scheme's terms.
  [/安[青清精净]期|安静其|按静期/g, '安静期'],
  [/审[比必]/g, '审批'],
  [/平次|频此/g, '频次'],
  [/现厂检查/g, '现场检查'],
  [/正面[请清青][单丹淡担]/g, '正面清单'],
  [/专[相象向像](?=检查|执法|整治|行动|方案)/g, '专项'],
  [/一表通[差茶察]/g, '一表通查'],
  [/(整改|现场)[合和何]查/g, '$1核查'],
  [/首[位为围]不罚/g, '首违不罚'],
  // Colloquial words.
  [/下厂子|下厂|进厂子|下企业/g, '入企检查'],
  [/小厂子|厂子|厂里|小厂/g, '企业'],
  [/头回|头一回|头一次|第一回/g, '首次'],
  [/犯事儿?|出事儿?/g, '违法'],
  [/咋整|咋办|怎么整|咋弄|咋搞|咋处理/g, '怎么办'],
  [/打(?:个)?报告/g, '报批'],
  [/拍板|说了算/g, '批准'],
  [/几趟/g, '几次'],
  [/多会儿/g, '什么时候'],
  [/综合查一次/g, '综合一次查'],
  [/咋/g, '怎么'],
  [/啥/g, '什么'],
  [/里头/g, '内'],
  [/一查查个没完|查个没完|没完没了地查|一直查下去|一直查|无限地查|无限期地?查/g, '无限期延长检查'],
  [/非得|非要|一定得|一定要/g, '必须'],
  // 「执法和服务」: the scheme joins its paired terms with 与.
  [/(执法|教育|处罚|普法)(?:和|跟|同)(服务|处罚|教育|整改|普法)/g, '$1与$2'],
  [/说一声结果|告诉一声结果|(?:跟|和|给|向)(?:企业|厂家|人家)说(?:一声|一下)?结果/g, '反馈检查结果'],
  [/交不上|交不了|缴不上|缴不起|没钱交/g, '交不起'],
  // Paying a fine late or in parts, and the hardship behind it, in the scheme's words.
  [/分(?:[两二三几多]次|批|期)(?:交|缴|付|给)(?:清|齐|完)?(?:罚款)?/g, '分期缴纳罚款'],
  [/(?:晚(?:点|些|几天)|缓|推迟|延后|宽限几天再?)(?:交|缴)(?:罚款)?/g, '延期缴纳罚款'],
  [/(?:一次(?:性)?)?(?:拿不出来?|凑不齐|付不起)/g, '交不起'],
  [/效益(?:差|不好)|资金(?:紧张|困难)|手头紧/g, '确有困难'],
  [/少交(?:点|一点|些)?|减免罚款|罚款打折/g, '罚款减少'],
  [/确实(?:有)?困难|实在(?:有)?困难|真(?:的)?有困难/g, '确有困难'],
  // 「改了在线数据」「数据是自己改的」: tampering with monitoring data is 弄虚作假.
  [
    /(?:篡改|修改|改了|改动|动了|删了|伪造)(?:在线)?(?:监测|监控)?数据|数据(?:是)?(?:企业)?(?:自己)?(?:篡改|改)(?:的)?/g,
    '数据弄虚作假',
  ],
  // 「情节很轻」「，轻微，」: a minor violation stated in passing.
  [/情节(?:很|较|比较|非常|特别)轻微?|(?:问题|违法)(?:很|比较|较)轻|(?<=[，,])轻微(?=[，,])/g, '情节轻微'],
  // 「第一次被查出来」「，首次，」: a first violation.
  [/(?:第一次|首次|初次)被(?:查出来?|发现|查到)|(?<=[，,])(?:首次|第一次|初次)(?=[，,])/g, '首次违法'],
  [/(?:当场|立即|马上|现场)(?:就)?改(?:了|好了|完了|正了)?/g, '当场改正'],
  [/一直没(?:有)?(?:改|整改)|拒不(?:整改|改正)|没(?:有)?整改|不整改|没改/g, '未整改'],
  [
    /(?:一直)?没(?:有)?(?:收到|拿到|接到|给)(?:检查)?结果|(?:检查)?结果(?:一直)?没(?:有)?(?:给|告诉|说)/g,
    '未反馈检查结果',
  ],
  // 「计划那张表」「移送的那个表」: the annex a form's everyday name points to.
  [/(?:入企)?(?:检查)?计划(?:的)?(?:那张|那个|这张|这个)表/g, '入企执法检查计划审批表'],
  [/专项(?:执法)?(?:检查)?(?:的)?(?:那张|那个|这张|这个)表/g, '专项执法检查审批表'],
  [/(?:线索)?移送(?:的)?(?:那张|那个|这张|这个)表/g, '线索移送表'],
  [/(专项[^，。？]{0,8})(?:填|用|要|带)什么表/g, '$1专项执法检查审批表填写什么'],
  [/(?:填|用|要|带)什么表/g, '入企执法检查计划审批表填写什么'],
  [/没(?:有)?罚款|没罚|不罚款/g, '不予处罚'],
  [/(?:就算|就)?完事儿?了?吗/g, '就可以不管整改了吗'],
  [/(?:就算|就)完事儿?了?/g, '就可以不管整改了'],
  [/(罚[了完过]?款?|处罚[了完后]?)(?:以后|之后)?就不管了/g, '$1就可以不管整改了'],
  [/不来查了?/g, '不现场检查了'],
  [
    /不进厂|不去现场|不到现场|不(?:去|进|到|上)企业|不上门|只看看?(?:资料|材料|台账)|只查资料|调阅[^，。？]{0,6}资料|看看(?:资料|材料)/g,
    '非现场检查',
  ],
  [/企业自己申请|企业自己要求|(?:(?<![要若])是)?(?:企业|它|厂家)?自己申请的?/g, '应企业申请'],
  // 「……不？」 and 「……了吧」 ask yes or no like 「……吗？」.
  [/([^不])不([？?]?)$/, '$1吗$2'],
  [/([^？?。])吧([？?]?)$/, '$1吗$2'],
];

let convert: ConverterFunction | undefined;

/**
 * Traditional characters and variants become simplified (OpenCC's TS dictionaries only, so the
 * worker carries a few dozen KiB), then everyday wording becomes the scheme's.
 */
export function everyday(question: string): string {
  convert ??= ConverterFactory([TSPhrases, TSCharacters]);
  let text = convert(question);
  for (const [pattern, replacement] of EVERYDAY) text = text.replace(pattern, replacement);
  return text;
}
