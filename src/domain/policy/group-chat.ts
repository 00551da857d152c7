/**
 * A group chat pasted in: several people's lines as 「名字：……」, the last one addressed to the bot
 * (「王芳：@执法助手 送法入企到底以谁为单位组织？」) or, with no one addressed, the last line that asks.
 * That line is the ask; the others tell the case (「李明：中间还隔着安静期」), and what they ask among
 * themselves (「赵强：今年重点企业要不要全部覆盖」) is not put to the bot.
 */

/** 「大气科小周：」「执法队老郑：」「组长：」: a short name, then a colon. */
const SPEAKER = /^\s*([^\s：:，,。？?！!【】[\]（）()]{1,8})[：:]\s*(.*?)\s*$/;
/** A work order's fields (「工单号：」「诉求内容：」「分局问：」) are not people speaking. */
const FIELD = /工单|内容|来源|承办|转办|交办|转至|意见|情况|单位|时间|地点|附件|编号|问$|^转$/;
/** 「@执法助手」「@助手」「@机器人」: the line put to the bot. */
const ADDRESSED = /@\s*(?:执法助手|助手|机器人|小助手)\s*/;
/** A line that asks without being addressed: a question mark or an asking word. */
const ASKS = /[？?]|[吗么呢]$|能不能|可不可以|要不要|需不需要|是否|行不行|能否|怎么|咋|([\u4e00-\u9fff])不\1/;
/** Fewer lines than this, with no one addressed, is a message with a label, not a chat. */
const MIN_UNADDRESSED = 3;

export interface GroupChat {
  /** The line put to the bot, without the speaker's name or the 「@」. */
  readonly ask: string;
  /** The other lines, in order, without the speakers' names. */
  readonly told: readonly string[];
}

export function readGroupChat(text: string): GroupChat | undefined {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length < 2) return undefined;
  const spoken = lines.map((line) => SPEAKER.exec(line));
  if (spoken.some((match) => !match || FIELD.test(match[1] ?? ''))) return undefined;
  const said = spoken.map((match) => match?.[2] ?? '');
  const addressed = said.map((line) => ADDRESSED.test(line)).lastIndexOf(true);
  const at =
    addressed >= 0
      ? addressed
      : lines.length >= MIN_UNADDRESSED && ASKS.test(said.at(-1) ?? '')
        ? said.length - 1
        : -1;
  const ask = (said[at] ?? '').replace(ADDRESSED, '').trim();
  if (at < 0 || !ask) return undefined;
  return { ask, told: said.filter((line, index) => index !== at && line.length > 0) };
}

/**
 * The chat as one message: the told lines as statements (their own 「？」 made a full stop, so no
 * ask of theirs is answered), then the ask.
 */
export function chatAsMessage(chat: GroupChat): string {
  const told = chat.told.map((line) => line.replace(/[？?。！!，,\s]*$/, '。'));
  return `${told.join('')}${chat.ask}`;
}
