import { ConverterFactory, type ConverterFunction } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { DICTATION, PLAIN_TALK, SHORT_NAMES, type Rewrite } from './everyday-chat.js';
import { DIALECT_ENDINGS, TELLING_BACK } from './everyday-dialect.js';
import { FORM_NAMES } from './everyday-forms.js';
import { PENALTY_WORDS } from './everyday-penalty.js';
import { withoutTypos } from './everyday-typos.js';
import { WARNING_WORDS } from './everyday-warning.js';
import { JOINT_VISIT_WORDS } from './joint-visit.js';
import { WORD_PATTERN, WORDS } from './everyday-words.js';

/**
 * Everyday and misspelt wording as the scheme would put it. Applied after the conversion to
 * simplified characters, in order, so longer phrases go before the words they contain.
 */
const EVERYDAY: readonly Rewrite[] = [
  ...DICTATION,
  // 「下周三要去现场检查 想顺便讲讲新法」: a chat message parts its clauses with spaces, the scheme with commas.
  [/(?<=[\u4e00-\u9fff\d）」”])[ \t\u3000]+(?=[\u4e00-\u9fff\d（「“])/g, '，'],
  // 「1.该企业今年查过两次 2.拟12月22日复查」「（1）……」「一、……」: a numbered fact is a clause of its own.
  [
    /(?:^|(?<=[，,。；;：:！!？?\n]))[ \t\u3000]*(?:[（(]\d{1,2}[）)]|\d{1,2}[.．、)）](?![\d月号日])|[一二三四五六七八九十]{1,2}、)/g,
    '',
  ],
  // A leader's closing 「可否？」「妥否，请批示」「当否，请示」 asks yes or no about the action proposed
  // before it; the courtesy 「请（领导）批示」 asks no approver of its own.
  [
    /[，,；;。\s]*(?:(?:特此|现)?请(?:示|局长|领导|主任)?(?:审?批示|审示|指示|示下)|(?:特此)?请示)[。！!]?$/,
    '',
  ],
  [/[，,；;。\s]*(?:可否|妥否|当否|是否可行|是否妥当)(?=[？?。！!，,；;\s]*$)/, '，行不行'],
  ...DIALECT_ENDINGS,
  ...WARNING_WORDS,
  ...JOINT_VISIT_WORDS,
  // 「方案里支持这么搞不」「方案允许不」: whether the scheme allows what is proposed.
  [
    /(?:支持|允许|同意|认可)(?:这么|这样)?(?:搞|做|干|弄|办)?(?:不|吗|么)(?=[，,。？?！!\s]|$)/g,
    '可以这样做吗',
  ],
  // 「方案里有这个路子没」: whether the scheme allows what is proposed.
  [
    /(?:方案|文件)?(?:里|上)?有(?:没有)?这(?:个|种|条)(?:路子|做法|办法|说法)(?:没有?|吗|么)?(?=[，,。？?！!\s]|$)/g,
    '可以这样做吗',
  ],
  // 「刚接到个电话，说企业夜里偷排」「群众来电反映」: a call received reporting a fact is a complaint.
  [
    /(?:接到|接了|有人打来|群众打来|打来)(?:了)?(?:一个|一通|个)?(?:群众|匿名)?(?:的)?(?:电话|来电)[，,]?(?:说|称|反映)|(?:群众|匿名)来电(?:说|称|反映)?/g,
    '接到举报称',
  ],
  // 「企业老板打电话说想请我们去看看」: the enterprise calling in is how its request came, not a check by phone;
  // named by its name it calls of itself (「污水处理有限公司自己打电话来」), where 「给焦化厂打电话」 is our call.
  [
    /(?<=(?<![给向跟和对找])(?:企业|厂家|厂方))(?:的人|那边|方面)?(?:给我们)?打(?:来|了)?(?:了)?(?:个|一个|一通)?电话(?:来|过来)?|(?<=(?:公司|厂)(?:自己|主动))(?:给我们)?打(?:了)?(?:个|一个|一通)?电话(?:来|过来)?|(?:那边|方面)?打(?:了)?(?:个|一个|一通)?电话过来/g,
    '来电',
  ],
  // 「看看它改没改」「整改得怎么样」（the scheme's own 整改效果 stays): a visit to check rectification is 复查整改情况.
  [
    /(?:看看?|查看|看一下|核实|了解)(?:一下)?(?:它|企业|他们|人家|其)?(?:的)?(?:改没改|改了没有?|改好没有?|改得怎么样|改的怎么样|整改(?:得|的)?怎么样|整改(?:进展|进度|到位没有?|了没有?)|整改(?![情效进落核复]))/g,
    '复查整改情况',
  ],
  [/整改(?:进展|进度)/g, '整改情况'],
  // Common typos of the scheme's terms.
  [/安[青清精净经境敬镜]期|安静其|按静期/g, '安静期'],
  [/分[居据菊](?=管|的|[，,。？?\s]|$)/g, '分局'],
  [/审[比必]/g, '审批'],
  [/平次|频此|频[词辞刺](?!典)/g, '频次'],
  [/现厂检查/g, '现场检查'],
  [/正面[请清青][单丹淡担]/g, '正面清单'],
  [/专[相象向像](?=检查|执法|整治|行动|方案)/g, '专项'],
  [/一表通[差茶察]/g, '一表通查'],
  [/(整改|现场)[合和何]查/g, '$1核查'],
  [/首[位为围]不罚/g, '首违不罚'],
  [/记[路禄绿]仪|纪[录路]仪|记录[议义]/g, '记录仪'],
  [/线[所锁素]/g, '线索'],
  [/方[按岸]/g, '方案'],
  [/渐进[试是事]/g, '渐进式'],
  [/[材才财]量(?=基准|权|过程|范围|幅度|是|要|得|的|[，,？?\s]|$)|裁[两亮]/g, '裁量'],
  [/(?<![整])[太泰]度(?=差|不好|恶劣|蛮横|冲|生硬)/g, '态度'],
  [/执法员/g, '执法人员'],
  // 「化工厂在线这礼拜老超标」: the online monitoring's data, as 第3条's 数据监测 names it.
  [
    /(?<!在线监[测控])在线(?=(?:这|那|上)?(?:礼拜|周|星期|几天|两天|阵子|个月|月)?(?:老|一直|总|总是|频繁|经常|连续)?(?:超标|异常|报警))/g,
    '在线监测数据',
  ],
  // 「不是专项」「非专项的」: an ordinary visit, which 第5条's plan and approval govern.
  [/(?:不是|并非|不属于|非)专项(?:检查|执法检查|行动)?(?:的)?/g, '常规检查'],
  // Dialect: 「中不中」 is 行不行 (the single words went first, see WORDS).
  [/中不中|中不[？?]?$/g, '行不行'],
  [/(?:老|总|经常|常|天天)?往(?:现场|企业|厂子?里?)跑/g, '现场检查'],
  [/数据(?:不对劲|不对|不正常|有问题|老是超|超了)/g, '数据异常'],
  [/还用(?=报|审|批|签)/g, '还要'],
  // 「罚款的幅度」「罚款额度」: how much, the discretion benchmark's 处罚幅度.
  [/罚(?:款|钱)(?:的)?(?:幅度|标准|额度|数额)/g, '处罚幅度'],
  // 「还有别的吗」「其他的呢」: what else the clause asks.
  [
    /^(?:那)?(?:还有)?(?:别的|其他|其它)(?:的)?(?:要求|规定)?(?:吗|没有?|呢)[？?]?$|^还有(?:啥|什么)(?:吗|没有?)?[？?]?$/,
    '另有什么要求',
  ],
  // 「赶上安静期没」「碰上安静期了吗」: whether the day falls in a quiet period.
  [/(?:赶上|碰上|撞上|遇上|赶上了|碰到|赶)(?:企业)?安静期(?:了)?(?:没有?|吗|不)/g, '在不在安静期'],
  // 「讲讲法」 after sparing a fine is 第14条's 教育义务; elsewhere it is 第2条's 普法.
  [
    /((?:不予处罚|不罚|免罚|不处罚|轻微)[^。？?]*?)(?:讲讲|讲一讲|说说)法律?|((?:不予处罚|不罚|免罚|不处罚|轻微)[^。？?]*?)普普法/g,
    '$1$2教育',
  ],
  [/(?:讲讲|讲一讲|说说)法律?|普普法|普(?:个|一下|一个)法/g, '普法'],
  [/(?<!双随机)抽(?=几家|多少家|几户|多少户)/g, '双随机抽查'],
  [/罚[了完过]钱|罚完(?=就|以后|之后|了)/g, '罚完款'],
  [/(?:还是|仍然?|依然|还)不改(?!正|变)/g, '未整改'],
  // 「说不说结果」「告不告诉结果」: whether the result goes back to the enterprise.
  [
    /(?:跟|和|给|向)?(?:企业|厂家|人家)?(?:说不说|讲不讲|告不告诉|通不通报)(?:检查)?结果/g,
    '要不要向企业反馈检查结果',
  ],
  // Colloquial words.
  [/下厂子|下厂|进厂子|下企业/g, '入企检查'],
  [/小厂子|厂子|厂里|小厂/g, '企业'],
  [/头回|头一回|头一次|第一回/g, '首次'],
  [/犯事儿?|出事儿?/g, '违法'],
  // Not 「怎么整改」「咋整治」, the scheme's own words.
  [/(?:咋整|怎么整)(?![改治顿])|咋办|咋弄|咋搞|咋处理/g, '怎么办'],
  // 「企业自己打报告申请我们去」 is the enterprise's request; the bureau's own 「打个报告」 asks approval.
  [/(?:企业|厂家|厂里|它)?自己打(?:个)?报告(?:申请)?/g, '应企业申请'],
  [/打(?:个)?报告/g, '报批'],
  // 「自己定了就去」「擅自去查」: a visit without the approval 第5条 asks for.
  [/自[己行](?:定|决定|做主|拍板|说了算)(?:了)?(?:就)?|擅自|自作主张/g, '未经审批就'],
  [/拍板|说了算/g, '批准'],
  // 「副局长签了就行吗」: a signature on a plan is its approval.
  [/(?<![标订])签(?=了|过|完|个字)/g, '签批'],
  // 「多去几趟」「多跑几回」: more frequent visits, not a count; 「最多查几次」「至多去几趟」 asks the count.
  [/(?<![最至])多(?:去|跑|查|来)(?:几|两)(?:趟|次|回)/g, '提高检查频次'],
  [/几趟/g, '几次'],
  [/多会儿/g, '什么时候'],
  [/综合查一次/g, '综合一次查'],
  [/咋/g, '怎么'],
  [/啥/g, '什么'],
  [/里头/g, '内'],
  // 「扬尘专项的审批表」: a special inspection's form is 附件1, with or without 「的」.
  [/专项((?:执法)?检查)?(?:方案)?的审批表/g, '专项$1审批表'],
  // 「只管查不管帮」「光查不帮」: enforcing without helping, against 第15条's 帮助企业纾困解难.
  [
    /(?:只|光|就)(?:管|负责)?查(?:处)?[、，,]?(?:不|而不)(?:管|负责)?帮(?:扶|助|忙)?|查而不帮/g,
    '只管查处不管帮扶',
  ],
  // 「同类违法别的县都按中间档罚」「我们能单独从重吗」: like cases fined alike, 第12条's 类案同罚.
  [/(?:同类|同一类|类似|同样|一样)的?(?:违法|案件|案子|毛病|事儿|事情)(?:行为)?/g, '类案同罚'],
  // 「检查搞得越多是不是越好」: more as such, asked yes or no.
  [/越(多|勤|频繁|严|狠|重)(?:是不是|是否|就)越好/g, '是不是越$1越好'],
  [/单独从重|单独加重|罚得(?:太|过)(?:重|轻)|罚[得的]?越(?:重|狠|多|严)越好/g, '畸轻畸重'],
  // 「时间先定到明年，看情况再往后延」「能不能一直延下去」: a check stretched without end.
  [/(?:一直|无限期?|不停地?|没完没了地?|再?往后)(?:延|拖|顺延)(?:长|期)?(?:下去)?/g, '无限期延长检查'],
  [/一查查个没完|查个没完|没完没了地查|一直查下去|一直查|无限地查|无限期地?查/g, '无限期延长检查'],
  // 「先查着，什么时候结束看情况再说」「不设结束时间」: an inspection with no end.
  [
    /(?:结束|截止)(?:日期|时间)(?:还)?(?:没想好|没定|未定|待定|不确定)|(?:还)?没(?:有)?收尾|延(?:长)?到(?:明年|年后|下半年)|(?:什么时候|何时|啥时候|哪天)(?:结束|收尾|停)[^，。？?]{0,3}(?:看情况|再说|再定|不一定|没定)(?:再说)?|不设(?:结束|截止)(?:时间|日期)|没有(?:结束|截止)(?:时间|日期)|先查着(?:再说)?/g,
    '无限期延长检查',
  ],
  // Everyday words for the scheme's own: watching closely, one visit for all, posting online, a warning first.
  [/重点(?:盯|关注|照顾)|盯紧|盯住|紧盯/g, '重点监管'],
  // 「跟别的部门约好一块去，一次查完」: one visit with other departments is 第3条's 综合一次查.
  [
    /(?<=(?:部门|单位|[^分市]局)[^。？?]{0,16})一(?:次|趟|回)性?(?:把[^，。？?]{0,6}?)?(?:都|全)?(?:查完|查全|查到位)/g,
    '综合一次查',
  ],
  [
    /一(?:次|趟|回)性?(?:把事|把问题|把[^，。？?]{0,6}?)?(?:都|全)?(?:办完|查完|查全|查清|查到位)/g,
    '一次检查、全面体检',
  ],
  [/(?:老|总|经常|天天|反复|三天两头地?)(?:去|来)?查/g, '重复检查'],
  [/(?:往|在)?网上挂|挂(?:到)?网上|挂网|放(?:到)?网上|上网公示|网上公布|挂出来|贴出来/g, '公开'],
  [/先提醒(?:一下|提醒)?|提醒(?:一下|提醒)|警告一下|批评教育/g, '提醒告诫'],
  // 「执法人员态度不好」「耍威风」: an officer's conduct, 三（二）'s 执法不文明; an enterprise's 整改态度很差 is not.
  [
    /(?:执法人员|检查人员|执法队员|工作人员|我们的人)的?态度(?:很|太|比较|特别|非常)?(?:不好|差|恶劣|蛮横)|说话(?:很|太)?(?:冲|难听|粗鲁|横)|耍威风|耍态度|吃拿卡要|故意刁难/g,
    '执法不文明',
  ],
  // 「执法人员态度很差，企业投诉了」: a complaint about our officers is no clue that frees a visit.
  [/(?<=执法不文明[^。？?]{0,12})(?:投诉|举报)/g, '反映'],
  [/小错|小问题|小毛病/g, '轻微违法'],
  ...PLAIN_TALK,
  // 「从严处理」「重罚」「严厉打击」: the scheme's 依法严惩 (第11条).
  [
    /从严(?:从重)?(?:处理|处罚|查处|惩处|打击|办)|从重(?:处理|处罚|查处)|严厉(?:处理|处罚|查处|打击)|严肃查处|重罚|重重地?罚|狠罚|严罚|往重了罚|严打/g,
    '依法严惩',
  ],
  // 「检查完了」「查完以后」: the end of an inspection, after which 第6条 asks for feedback.
  // A bare 「查完还要…」 going on from the previous answer is left to the follow-up reader.
  [/(?:检查|查)(?:完毕|完了)(?:以后|之后|后)?|(?:检查|查)完(?:企业|现场)?(?:以后|之后|后)/g, '检查结束后'],
  [/自[己行](?:派人|带人|组织人员?)(?:去|到)?/g, '自己去'],
  // 「专项的方案」「专项那个方案」: the scheme's 专项检查方案.
  [/专项(?:检查)?(?:的|那个|这个)(方案|计划)/g, '专项检查$1'],
  [/非得|非要|一定得|一定要/g, '必须'],
  // 「执法和服务」: the scheme joins its paired terms with 与.
  [/(执法|教育|处罚|普法)(?:和|跟|同)(服务|处罚|教育|整改|普法)/g, '$1与$2'],
  ...TELLING_BACK,
  [/交不上|交不了|缴不上|缴不起|没钱交/g, '交不起'],
  ...PENALTY_WORDS,
  // 「当场就在改」「现场补上了」: a fault put right on the spot.
  [/(?:当场|立即|马上|现场)(?:就)?(?:在)?(?:改|补)(?:了|好了|完了|正了|上了|齐了|全了)?/g, '当场改正'],
  [
    /一直没(?:有)?(?:改|整改)|拒不(?:整改|改正)|没(?:有)?整改|不整改|没改|不(?:肯|愿意?)?改(?![正变])/g,
    '未整改',
  ],
  // 「把结果给企业」「把检查结果告诉厂家」: the result fed back.
  [/把(?:检查)?结果(?:给|告诉|告知|交给|反馈给|通知)(?:企业|厂家|人家|他们|对方)/g, '反馈检查结果'],
  // 「啥时候给结果」「给企业个说法」: the result of a check told to the enterprise.
  [/(?:给|告诉)(?:企业|厂家|人家|他们)?(?:个|一个)?(?:检查)?(?:结果|说法)|出(?:检查)?结果/g, '反馈检查结果'],
  [
    /(?:一直)?没(?:有)?(?:收到|拿到|接到|给)(?:检查)?结果|(?:检查)?结果(?:一直)?没(?:有)?(?:给|告诉|说)/g,
    '未反馈检查结果',
  ],
  // 「违法行为类型能勾几项」: the row of 附件3 named by what it lists.
  [
    /(?<!涉嫌)违法行为(?:的)?(?:类型|种类|类别)(?=[^，。？?]{0,8}(?:勾|选|列|几项|几种|几类|哪些|哪几))/g,
    '涉嫌违法行为',
  ],
  ...SHORT_NAMES,
  ...FORM_NAMES,
  [/没(?:有)?罚款|没罚|不罚款|(?<!处罚|予)不(?:作|做|给予?)?处罚(?!决定)/g, '不予处罚'],
  // 「能直接结案不跟了吗」: closing the case and following up no more.
  [/(?:直接|就)?结案(?:就)?(?:不(?:再)?(?:跟|管)了?|不跟踪了?)/g, '就可以不再跟踪整改了'],
  [/(?:就算|就)?(?:完事儿?|结了|了事|拉倒)了?吗/g, '就可以不管整改了吗'],
  // 「直接结案啥也不用管了」: nothing more after the decision.
  [/(?:就)?(?:直接)?(?:结案)?(?:什么|啥)(?:也|都)不(?:用|再)?管了?/g, '就可以不管整改了'],
  [/(?:就算|就)(?:完事儿?|结了|了事|拉倒)了?/g, '就可以不管整改了'],
  // 「罚了款整改就不管了吧」: the penalty as the end of the rectification.
  [
    /(罚[了完过]?款?|处罚[了完后]?)(?:以后|之后)?[，,]?(?:整改)?(?:就|便)(?:不(?:再)?管|不(?:再)?跟)(?:整改)?了/g,
    '$1就可以不管整改了',
  ],
  // 「罚了款的呢」: the fined ones.
  [/罚[了过]款的/g, '罚款的'],
  [/不来查了?/g, '不现场检查了'],
  // 「能少去几趟」「少查点」: fewer visits, 第9条's 减少现场检查.
  [/少(?:去|查|跑|来)(?:几次|两次|点|一些)?(?:现场)?/g, '减少现场检查'],
  // 「检查完了还要干啥」: after the visit.
  [/检查完(?!成|善|整)(?:了|毕)?(?:以后|之后)?/g, '检查结束后'],
  [
    /不进厂|不去现场|不到现场|不(?:去|进|到|上)企业|不上门|只看看?(?:资料|材料|台账)|只查资料|调阅[^，。？]{0,6}资料|看看(?:资料|材料)/g,
    '非现场检查',
  ],
  // Checks made without going on site, in the scheme's 非现场 words: records called in, data read
  // (not data that revealed a clue: 「看用电数据发现异常」), a phone call, documents the enterprise sends.
  [
    /(?:调取|调阅|调看|调|查阅|查看|翻看|看看|看|要|核对|查)(?:一下)?(?:(?!发现|时|后)[^，。？的]){0,12}?(?:报送|提交|上报|报来)?的?(?:危废|环境管理|生产|运行|管理)?(?:台账|报表|运行记录|生产记录)(?:看看|看一下|查一下|核一下|核查)?/g,
    '台账核查',
  ],
  [
    // The source stays named (自动监控数据核查): the answer says what the officer looks at.
    /(?:通过|利用|用|靠|看看|看|查看|调取|调阅|调看|调)(?:企业|厂家|它)?的?(在线监控|在线监测|自动监控|在线)数据(?:来)?(?:查|核查|检查|看看|核实)?(?![^，。？]{0,2}(?:发现|显示|异常|超标|不正常))/g,
    '$1数据核查',
  ],
  [
    /(?:通过|利用|用|靠|看看|看|查看|调取|调阅|调看|调)(?:企业|厂家|它)?的?(?:监控|监测|用电|用能)数据(?:来)?(?:查|核查|检查|看看|核实)?(?![^，。？]{0,2}(?:发现|显示|异常|超标|不正常))/g,
    '数据核查',
  ],
  [/(?:调取|调看|调|查看|看)(?:企业|厂家|它)?的?(?:监控|视频)(?:录像|画面|视频)/g, '视频核查'],
  [
    /(?:要求|让|叫|通知|请)(?:企业|厂家|对方|它)?(?:报送|提交|上报|报|交|发|寄|传)(?:一下|一份)?(?:(?!整改|处罚|罚款)[^，。？]){0,10}?(?:报告|资料|材料|台账|报表|记录|文件|复印件|照片)/g,
    '报送资料',
  ],
  [
    /打(?:个|一个|几个)?电话(?:给企业|给厂家|给它)?(?:问问?|询问|问询|核实|了解|确认)(?:一下)?|(?:给|向)(?:企业|厂家|它)打(?:个|一个)?电话(?!举报|投诉|反映)|电话(?:问问?|询问|问询|核实|了解|确认)(?:一下)?/g,
    '电话问询',
  ],
  [
    /(?:把|将)(?:(?!整改|处罚|罚款)[^，。？把将]){0,24}?(?:复印件|扫描件|照片|资料|材料|台账|报表|记录|文件|证照|批复|许可证)等?(?:通过[^，。？]{0,4})?(?:发|寄|传|报|交|送|提供|拿)(?:过来|上来|给我们|给我|来)/g,
    '报送资料',
  ],
  [/企业自己申请|企业自己要求|(?:(?<![要若])是)?(?:企业|它|厂家)?自己申请的?/g, '应企业申请'],
  // 「……不？」 and 「……了吧」 ask yes or no like 「……吗？」.
  [/([^不])不([？?]?)$/, '$1吗$2'],
  [/([^？?。])吧([？?]?)$/, '$1吗$2'],
];

let convert: ConverterFunction | undefined;

/** The answerer and the lead model both read a question: the second reading is the first's. */
const RECENT = 8;
const recent = new Map<string, string>();

/**
 * Traditional characters and variants become simplified (OpenCC's TS dictionaries only, so the
 * worker carries a few dozen KiB), then everyday wording becomes the scheme's.
 */
export function everyday(question: string): string {
  const known = recent.get(question);
  if (known !== undefined) return known;
  convert ??= ConverterFactory([TSPhrases, TSCharacters]);
  let text = convert(question);
  text = withoutTypos(text).replace(WORD_PATTERN, (word) => WORDS.get(word) ?? word);
  for (const [pattern, replacement] of EVERYDAY) text = text.replace(pattern, replacement as string);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value as string);
  recent.set(question, text);
  return text;
}
