/** What wraps the referral in a chat message: the @mention of the bot and the 「线索移送」 header. */

// Lark delivers mentions as @_user_1 placeholders; pasted text may carry the bot's display name.
const MENTION = /^\s*(?:@_user_\d+|@执法助手|@\S+(?=\s))\s*/;

const HEADER = /^\s*【?(?:涉嫌环境违法)?(?:线索移送|移送线索)表?】?\s*[:：]?\s*/;

export function stripMentions(text: string): string {
  let rest = text;
  for (let m = MENTION.exec(rest); m && m[0].length > 0; m = MENTION.exec(rest))
    rest = rest.slice(m[0].length);
  return rest;
}

export function stripHeader(text: string): string {
  return text.replace(HEADER, '');
}
