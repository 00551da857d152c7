import type { MessageContext } from './message-context.js';

/**
 * What a feature does with the pictures and files of a message (referrals: offer them as 移交材料);
 * true when it answered. Called after the text's intent, if the message had text.
 */
export type ResourceHandler = (ctx: MessageContext) => Promise<boolean>;
