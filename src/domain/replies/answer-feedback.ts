/**
 * A typed reply to a policy answer, read as the 有用/没用 its buttons give: 「答非所问」 alone, or
 * 「不对，我问的是……」 with the question asked again, which is then answered. Whatever is not plainly
 * a judgement of the answer (「不对外公开的企业也要公示吗」, 「收到」, a follow-up) is no feedback.
 */
export interface AnswerFeedback {
  verdict: 'useful' | 'unhelpful' | 'none';
  /** The question typed after the judgement, as written; '' when there is none. */
  rest: string;
}

// Traditional forms of the few characters these phrases use are written in, as people paste them.
const MEI = '[没沒]';
const DUI = '[对對]';
const WEN = '[问問]';
const ZHE = '[这這]';
const YONG = '[用]';

/** Softeners and the answer named before a judgement: 「你这答的」「说的」「跟我问的」「感觉」. */
const LEAD = `(?:好的?|收到|嗯+|ok|(?:你|您)?${ZHE}?(?:个|個)?(?:回答|答复|答覆|回复|回覆|说的|說的|答的|讲的|講的|写的|寫的)(?:${ZHE}(?:个|個)?)?|(?:你|您)(?:${ZHE}(?:个|個)?)?|${ZHE}(?:个|個)?|(?:跟|和|与|與)我${WEN}的|感觉|感覺|好像|有点|有點|完全|根本|还是|還是|似乎|貌似|明显|明顯|额|額|呃|啊|哎|唉|emm+|嗯)*`;
/** Particles and the one addressed after it: 「不对吧」「没用啊」「不沾边啊兄弟」「没看懂我的问题啊你」. */
const TAIL = `(?:吧|啊|呀|哦|噢|了|呢|哈|嘛|哎|唉|哇|的|啦|耶|勒|咯|喽|嘞|你|${ZHE}(?:是)?|${ZHE}(?:个|個)?(?:回答|答复|回复)|兄弟|小助手|助手|同志|老师|老師|亲)*`;

const UNHELPFUL_CORE = [
  '答[非飞菲]所[问問]',
  `不${DUI}(?:头|頭|劲|勁)?`,
  `不太${DUI}`,
  `不${DUI}题|文不${DUI}题|文不${DUI}題|牛头不${DUI}马嘴|牛頭不對馬嘴`,
  `不是${ZHE}(?:个|個)?(?:意思|意识|意識)?`,
  `不是我(?:要|想)?${WEN}的(?:${ZHE}(?:个|個)?)?(?:问题|問題)?`,
  `${ZHE}不是我(?:要|想)?${WEN}的(?:问题|問題)?`,
  `不是我(?:要|想)(?:的|要的)`,
  `我${WEN}的不是${ZHE}(?:个|個)?`,
  `${MEI}(?:有)?${YONG}|${MEI}(?:啥|什么|甚么|甚)${YONG}|${YONG}处不大|${YONG}處不大|${YONG}不上`,
  `${MEI}(?:有)?(?:帮助|幫助|帮上忙|幫上忙)|${MEI}(?:啥|什么)帮助`,
  '不沾边|不沾邊|不搭边|不搭邊|跑题|跑題|偏题|偏題|离题|離題',
  `${MEI}(?:有)?(?:回答|答)(?:到)?(?:点子上|點子上|点上|點上|我的问题|我的問題)?`,
  `(?:你)?${MEI}(?:看懂|懂|理解|明白)(?:我的?|我${WEN}的)?(?:意思|问题|問題|啥|什么)?`,
  '(?:你)?(?:理解|看|答|说|說|回答)(?:错|錯)了?|(?:错|錯)了|不(?:准确|準確)|有误|有誤',
  `(?:答|说|說|回答)的(?:是)?(?:啥|什么|甚么|甚)(?:呀|啊)?`,
  `不是${ZHE}(?:样|樣|么回事|麼回事)`,
  '不咋地|不咋滴|不怎么样|不怎麼樣|看不懂|不行',
  // Idioms and plain words for an answer beside the point, wrong, vague or not understood.
  '风马牛不相及|張冠李戴|张冠李戴|不相干|不相关|不相關|无关|無關|不是一回事|避重就轻|避重就輕',
  `(?:${MEI}|不)(?:说|說|讲|講|答)(?:清楚|明白|到点子上)|太(?:笼统|籠統|泛|空|含糊)了?|不具体|不具體|${MEI}(?:有)?针对性|${MEI}(?:有)?針對性`,
  '不靠谱|不靠譜|不着调|不著調|瞎(?:说|說|答|扯)|胡(?:说|說|扯)|乱答|亂答|扯淡|啥玩意(?:儿)?|什么鬼|什麼鬼',
  `${MEI}(?:看|弄|搞)?(?:明白|清楚)|还是不(?:懂|明白|清楚)|還是不(?:懂|明白|清楚)|不(?:明白|清楚|懂)`,
  `(?:搞|弄)(?:错|錯)了|不正确|不正確|错误|錯誤|不(?:全|完整)|(?:只)?答了一半|${MEI}答完|(?:与|與|和|跟)?(?:问题|問題|所问|所問)?不符|${MEI}(?:有)?解决(?:问题)?|${MEI}(?:有)?解決(?:問題)?`,
].join('|');

/** An emoji that judges on its own. */
const UNHELPFUL_EMOJI = /^[😓😕🙄👎😒❌😅🤦]+$/u;
const USEFUL_EMOJI = /^[👍👌🙏💯✅👏]+$/u;

const USEFUL_CORE = [
  `有${YONG}|很有${YONG}|管${YONG}|(?:很|挺|非常|太)?有(?:帮助|幫助)|帮助很大|幫助很大|帮大忙了|幫大忙了`,
  '(?:我)?(?:明白|懂|清楚|了解|知道)了?',
  '(?:问题)?解决了|(?:問題)?解決了',
  `${DUI}的|没错|沒錯|就是${ZHE}(?:个|個)?(?:意思)?`,
  '可以可以|谢谢|謝謝|谢啦|謝啦|多谢|多謝|感谢|感謝|非常感谢|非常感謝|太好了|很好|赞|讚|厉害|厲害|清晰|到位',
  '(?:好的?)?(?:明白|了解)|受教了?|学习了|學習了|涨知识了|漲知識了|原来如此|原來如此|(?:很|非常)?清楚明白|说得对|說得對|(?:很)?正确|(?:很)?正確',
  '没毛病|沒毛病|(?:很)?靠谱|(?:很)?靠譜|(?:很)?(?:好用|实用|實用)|给力|給力|不错|不錯|挺好|真好|666+|好评|好評|点赞|點讚|点个赞',
  `(?:感谢|感謝|谢谢|謝謝|多谢|多謝)(?:您的?)?(?:答复|答覆|解答|回复|回覆|解惑)|(?:可以|OK|ok)了`,
].join('|');

/** One clause that is only a judgement, said once or twice: 「不对不对」「懂了懂了」. */
const clausePattern = (core: string) => new RegExp(`^${LEAD}(?:(?:${core})${TAIL}){1,3}$`, 'iu');
const UNHELPFUL = clausePattern(UNHELPFUL_CORE);
const USEFUL = clausePattern(USEFUL_CORE);
/** 「谢谢」「辛苦了」 beside a judgement add nothing to it. */
const COURTESY =
  /^(?:谢谢|謝謝|多谢|辛苦了?|麻烦了|麻煩了|请|請|哈+|好吧|好的|好|收到|收到了|嗯+|哦+|ok|唉+|哎+)$/iu;

/** 「不对我问的是……」 typed without a pause: the restating words part the judgement from the question. */
const RESTATE = new RegExp(
  `^(.*?)(?=我(?:${WEN}的|是${WEN}|是说|是說|想${WEN}|的意思是|要${WEN}的)|${WEN}的是|我说的是|我說的是)`,
  'u',
);

/** 「我问的是」 itself is not part of the question asked again. */
const RESTATE_LEAD = new RegExp(
  `^(?:我(?:${WEN}的|是${WEN}|是说|是說|想${WEN}|的意思是|要${WEN}的)|${WEN}的是|我说的是|我說的是)(?:是)?[，,：:\\s]*`,
  'u',
);

/** A pause: punctuation, spaces, an emoji's edge. */
const PAUSE = /[，,。.！!？?；;：:、\s~～…]+/u;

/** A question, or a point disputed, as against a remark that needs no answer (「我还是去问法规科吧」). */
const ASKS =
  /[？?]|[吗嗎么麼呢不]$|的吧$|(\p{Script=Han})[不没沒]\1|我(?:要|想要)的是|我(?:是)?想知道|谁|誰|什么|什麼|啥|甚|怎么|怎麼|咋|如何|能不能|能否|可否|可不可以|要不要|需不需要|用不用|算不算|是不是|是否|有没有|有沒有|行不行|哪|几|幾|多少|多久|多长/u;
const REMARK =
  /重新|再看看|再答|再想想|我还是|我還是|回头|回頭|去问|去問|自己查|自己看|小助手|助手|谢|謝|辛苦/u;

const EMPTY_ASK = /^(?:啥|什么|什麼|甚么|甚|哪个|啥意思)?[呀啊吧呢？?]*$/u;

const EMOJI = /\p{Extended_Pictographic}/gu;

function verdictOf(clause: string): AnswerFeedback['verdict'] | 'courtesy' {
  const words = clause
    .replace(EMOJI, '')
    .replace(/\uFE0F/g, '')
    .trim();
  if (words === '') {
    if (UNHELPFUL_EMOJI.test(clause)) return 'unhelpful';
    if (USEFUL_EMOJI.test(clause)) return 'useful';
    return 'none';
  }
  if (UNHELPFUL.test(words)) return 'unhelpful';
  if (USEFUL.test(words)) return 'useful';
  if (COURTESY.test(words)) return 'courtesy';
  return 'none';
}

interface Clause {
  text: string;
  start: number;
  end: number;
}

/** The reply's clauses; 「不对我问的是……」 is parted where the restating words begin. */
function clausesOf(written: string): Clause[] {
  const clauses: Clause[] = [];
  let at = 0;
  while (at < written.length) {
    const gap = PAUSE.exec(written.slice(at));
    if (gap && gap.index === 0) {
      at += gap[0].length;
      continue;
    }
    const clauseEnd = gap ? at + gap.index : written.length;
    // Parted only where what goes before is a judgement: 「这不是我问的」 is one.
    const restated = RESTATE.exec(written.slice(at, clauseEnd))?.[1];
    const parts = restated && verdictOf(restated) !== 'none';
    const end = parts ? at + restated.length : clauseEnd;
    clauses.push({ text: written.slice(at, end), start: at, end });
    at = end;
  }
  return clauses;
}

/** One verdict over the judging clauses, or none where they disagree (「有用，不对」) or there are none. */
function oneVerdict(kinds: ReturnType<typeof verdictOf>[]): AnswerFeedback['verdict'] {
  const verdicts = new Set(kinds.filter((kind) => kind === 'useful' || kind === 'unhelpful'));
  return verdicts.size === 1 ? ([...verdicts][0] as AnswerFeedback['verdict']) : 'none';
}

/**
 * The judgement in the reply's first clauses (or, after a question, its last: 「我问的是专项谁批
 * 答非所问了」), and the question typed with it as written.
 */
export function readAnswerFeedback(text: string): AnswerFeedback {
  const typed = text.trim();
  // Matched on full-width forms folded; the question is given back as typed where folding kept its length.
  const folded = typed.normalize('NFKC');
  const written = folded.length === typed.length ? folded : typed;
  const source = written === folded ? typed : written;
  const clauses = clausesOf(written);
  const kinds = clauses.map((clause) => verdictOf(clause.text));
  let lead = 0;
  while (lead < kinds.length && kinds[lead] !== 'none') lead += 1;
  let trail = kinds.length;
  if (lead === 0) while (trail > 0 && kinds[trail - 1] !== 'none') trail -= 1;
  const judging = lead > 0 ? kinds.slice(0, lead) : kinds.slice(trail);
  const verdict = oneVerdict(judging);
  if (verdict === 'none') return { verdict, rest: '' };
  const asked = lead > 0 ? clauses.slice(lead) : clauses.slice(0, trail);
  const first = asked[0];
  const last = asked[asked.length - 1];
  const rest = first && last ? source.slice(first.start, lead > 0 ? source.length : last.end).trim() : '';
  const question = rest.replace(RESTATE_LEAD, '').trim();
  const restated = question !== rest;
  // 「你没看懂我问的啥」: the restating words with no question after them.
  if (EMPTY_ASK.test(question)) return { verdict, rest: '' };
  // A remark after the judgement (「你再看看」「我回头按附件2填表」) asks nothing to be answered.
  if (!restated && (!ASKS.test(question) || REMARK.test(question))) return { verdict, rest: '' };
  return { verdict, rest: question };
}
