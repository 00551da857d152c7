/** What the bot's entries use from help: the answer to 「帮助」 and to an empty message. */
export { helpIntent } from './help-intent.js';
