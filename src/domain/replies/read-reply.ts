import { VERBS, type ReplyAction, type ReplyCard } from './verbs.js';

export type { ReplyAction, ReplyCard } from './verbs.js';

/** What kind of message a typed reply is, whatever it asks for. */
export type ReplyKind = 'decision' | 'courtesy' | 'question' | 'hesitation' | 'other';

export interface ReplyReading {
  action: ReplyAction;
  kind: ReplyKind;
  /**
   * A decision word that means it (同意, 驳回); a soft word (可以, 好的) may only mean "noted", so it is
   * confirmed by a click and never applied as typed.
   */
  firm: boolean;
  /** The words besides the verb: a reject's reason, a return's request, an approval's comment. */
  reason?: string;
  /** The person named to take the step over (转交) or to handle a referral (承办). */
  to?: string;
  courtesy?: 'greeting' | 'thanks' | 'ack';
}

const GREETING = /^(?:你好|您好|早上好|上午好|下午好|晚上好|早|hi|hello|在吗|在不在)$/i;
const THANKS = /^(?:谢谢(?:您|你)?|多谢|感谢|辛苦了?|辛苦辛苦|麻烦(?:您|你)?了)$/;
const ACK = /^(?:收到|收到了|已收到|好的收到|明白|明白了|知道了|了解|已阅|阅|ok)$/i;
const SOFT = /^(?:可以|可|好|好的|好吧|行|行吧|没问题|嗯+|妥|中|ok|okay)$/i;
const FILLER = /^(?:好|好的|可以|行|没问题|已阅|阅|收到|辛苦了?|谢谢|请|嗯+|经研究|经审核|经审阅|审核后)$/;
const QUESTION =
  /[？?]|(?:吗|么|呢|不)$|为什么|为何|怎么|怎样|如何|什么|是否|能否|可否|能不能|可不可以|行不行|要不要|由谁|是谁|哪[个些位里]/;
const HESITATION =
  /看看|看一下|再看|再说|想想|考虑一下|研究一下|商量|问一下|问问|核实一下|我核实|核查一下|稍等|等一下|等等|晚点|回头|待定|再议/;
/** Words after 同意 that only name what is approved: not a comment. */
const APPROVE_OBJECT =
  /^(?:该|此|这个|本|你的|您的)?(?:方案|申请|计划|检查|实施|执行|意见|请示|报告|事项)*(?:了|啦|的)?$/;
/** A verb standing alone beside the reason: 「不属于我科管辖，退回」. */
const BARE_VERB = /^(?:同意|不同意|驳回|退回|接收|不接收|批准|不批)$/;
/** The longest message, answering no card, still read as a decision. */
const BRIEF = 40;
const REASON_LEAD = /^(?:理由|原因|意见|说明)(?:是|为|如下)?[:：]?|^因为|^由于/;

/** Full-width forms folded, white space read as a pause, closing punctuation dropped. */
function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\[[^\]]{1,6}\]/g, ' ')
    .trim()
    .replace(/\s+/g, '，')
    .replace(/[。.!！~～…]+$/u, '')
    .replace(/^[，,。！!]+/, '');
}

function clausesOf(text: string): string[] {
  return text
    .split(/[，,。.；;！!：:、\n]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

function cleanReason(parts: string[]): string | undefined {
  const kept = parts
    .map((p) => p.replace(REASON_LEAD, '').trim())
    .filter((p) => p !== '' && !FILLER.test(p) && !BARE_VERB.test(p));
  const joined = kept.join('，').trim();
  return joined === '' ? undefined : joined;
}

function courtesyOf(text: string): ReplyReading['courtesy'] {
  const clauses = clausesOf(text);
  if (clauses.length === 0) return undefined;
  if (clauses.every((c) => GREETING.test(c))) return 'greeting';
  if (clauses.every((c) => THANKS.test(c) || ACK.test(c) || GREETING.test(c))) {
    return clauses.some((c) => THANKS.test(c)) ? 'thanks' : 'ack';
  }
  return undefined;
}

const none = (kind: ReplyKind, extra: Partial<ReplyReading> = {}): ReplyReading => ({
  action: 'none',
  kind,
  firm: false,
  ...extra,
});

/** The first clause that states a decision the card allows, with the words around it. */
function findDecision(clauses: string[], card: ReplyCard): ReplyReading | undefined {
  // Answering no card, a decision is said first: a later 「接收：潞城分局」 is a label, not a verb.
  const first = clauses.findIndex((c) => !FILLER.test(c));
  for (const [i, clause] of clauses.entries()) {
    if (card === 'none' && i !== first) continue;
    for (const verb of VERBS[card]) {
      const match = verb.pattern.exec(clause);
      if (!match) continue;
      const rest = clause.slice(match[0].length).trim();
      const to = verb.person?.(match, clauses);
      if (verb.action === 'transfer' && !to) continue;
      const own = verb.keepsClause ? clause.replace(/^请/, '') : rest;
      const kept = verb.action === 'approve' && APPROVE_OBJECT.test(own) ? '' : own;
      const others = clauses.filter((_, j) => j !== i && !(to && clauses[j]?.includes(to)));
      const reason = verb.person ? cleanReason(others) : cleanReason([kept, ...others]);
      return {
        action: verb.action,
        kind: 'decision',
        firm: true,
        ...(reason ? { reason } : {}),
        ...(to ? { to } : {}),
      };
    }
  }
  return undefined;
}

/**
 * Reads a typed message in the context of the card it answers (`none`: it answers no card). Only
 * the decisions that card offers are read; a question is never a decision, and a soft word alone is
 * one only in reply to a card.
 */
export function readReply(text: string, card: ReplyCard): ReplyReading {
  const t = normalize(text);
  if (t === '') return none('other');
  const courtesy = courtesyOf(t);
  if (courtesy) return none('courtesy', { courtesy });
  if (QUESTION.test(t)) return none('question');
  const clauses = clausesOf(t);
  // A long or many-lined message answering no card is a report or a referral, not a decision.
  const brief = card !== 'none' || (t.length <= BRIEF && !text.trim().includes('\n'));
  const decision = brief ? findDecision(clauses, card) : undefined;
  if (decision) return decision;
  if (HESITATION.test(t)) return none('hesitation');
  const soft = clauses.every((c) => SOFT.test(c) || FILLER.test(c) || THANKS.test(c));
  if (soft) {
    const action = card === 'approval' ? 'approve' : card === 'referral' ? 'accept' : 'none';
    if (action === 'none') return none('courtesy', { courtesy: 'ack' });
    return { action, kind: 'decision', firm: false };
  }
  return none('other');
}
