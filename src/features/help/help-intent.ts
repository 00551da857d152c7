import { helpCard } from '../../../cards/help/usage.js';
import type { MessageIntent } from '../../app/message-router.js';

const HELP = /^(帮助|help|\?|？|使用说明|怎么用|你好|您好|菜单)[。！!？?]?$/i;

export const helpIntent: MessageIntent = {
  name: 'help',
  matches: (text) => text === '' || HELP.test(text),
  handle: (ctx) => ctx.answer(helpCard(ctx.identity.person.name)),
};
