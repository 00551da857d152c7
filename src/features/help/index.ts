/** What the bot's entries use from help: the answer to 「帮助」, to an empty message and to courtesies. */
export { helpIntent } from './help-intent.js';
export { courtesyIntent } from './courtesy-intent.js';
