/**
 * The sentence of a message that asks. An officer may put the ask first and the background after it
 * (「罚完款是不是还得跟踪整改？问这个是因为……」), or glue two messages with a line break; the yes or
 * no then answers the sentence that ends in 「？」, not the explanation around it.
 */
const SENTENCE = /[^。！!？?\n]+[。！!？?\n]*/g;
const CLOSED = /[？?]\s*$/;

/** A line that asks without 「？」: 「能不能直接写全年」「后面还用管吗」「提醒企业不」. */
const ASKS =
  /[吗么呢]|能不能|可不可以|要不要|是否|行不行|能否|可否|有没有|用不用|([\u4e00-\u9fff])不\1|不$|没$/;
/** 「不罚就完事了吧，后面还用管吗」: a supposition voiced before the ask is not what is asked. */
const SUPPOSED = /^[^，,\s]*吧[，,\s]+(?=\S)/;

export function askSentence(text: string): string {
  const sentences = (text.match(SENTENCE) ?? []).map((part) => part.trim()).filter(Boolean);
  if (sentences.length < 2) return text;
  const closed = sentences.filter((sentence) => CLOSED.test(sentence));
  // Two messages glued with a line break and no 「？」: the last line that asks is the ask.
  if (closed.length === 0 && /\n/.test(text.trim())) {
    const line = [...sentences].reverse().find((sentence) => ASKS.test(sentence));
    if (!line) return text;
    const ask = line.replace(SUPPOSED, '');
    return ASKS.test(ask) ? ask : line;
  }
  // One 「？」 only, and it is not the last sentence: the ask stands first, its background after it.
  if (closed.length !== 1 || CLOSED.test(sentences[sentences.length - 1] ?? '')) return text;
  return closed[0] ?? text;
}

/**
 * 「企业说想请我们去给个说法，还说企业申请的不算次数。我们去了算不算次数？」: what someone else said
 * (说、称、讲、放话) up to the end of its sentence. Its words state a claim or a wish, not the officer's
 * ask, so which procedure is asked is read without them.
 */
const RELAYED = /(?:说|称|讲|放话|表示|认为)(?!明|法|清)[^。！!？?\n]*[。！!\n]/g;

export function withoutRelayed(text: string): string {
  const rest = text.replace(RELAYED, '。');
  // Nothing of the officer's own left to ask with: the message as it is.
  return /[\u4e00-\u9fff]{4,}/.test(rest.replace(/。/g, '')) ? rest : text;
}

/** 「12月10号去现场查，在不在安静期」: the message's last phrase, where a pasted or told part ends and the ask is. */
export function lastPhrase(text: string): string | undefined {
  return text
    .split(/[，,；;。！!？?\n]/)
    .map((phrase) => phrase.trim())
    .filter(Boolean)
    .pop();
}
