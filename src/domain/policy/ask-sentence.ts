/**
 * The sentence of a message that asks. An officer may put the ask first and the background after it
 * (「罚完款是不是还得跟踪整改？问这个是因为……」), or glue two messages with a line break; the yes or
 * no then answers the sentence that ends in 「？」, not the explanation around it.
 */
const SENTENCE = /[^。！!？?\n]+[。！!？?\n]*/g;
const CLOSED = /[？?]\s*$/;

export function askSentence(text: string): string {
  const sentences = (text.match(SENTENCE) ?? []).map((part) => part.trim()).filter(Boolean);
  if (sentences.length < 2) return text;
  const closed = sentences.filter((sentence) => CLOSED.test(sentence));
  // One 「？」 only, and it is not the last sentence: the ask stands first, its background after it.
  if (closed.length !== 1 || CLOSED.test(sentences[sentences.length - 1] ?? '')) return text;
  return closed[0] ?? text;
}
