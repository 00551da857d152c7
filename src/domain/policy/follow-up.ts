import { CONCEPTS, type Concept } from './concepts.js';
import { ASPECTS } from './scope.js';
import { findConcepts, normalize } from './tokenize.js';

/** 「那市级的呢？」「如果是举报呢？」: a question that leans on the one before it. */
const ELLIPTICAL = /^(?:那么?|如果|要是|假如|若是?|换成|改成|还有)|呢[？?。]?$|^[^，,]{0,4}呢[，,]/;
/** 「批了以后还要干什么？」: no subject of its own, going on from the last answer. */
const GOING_ON =
  /^(?:批了|查了|罚了|批完|查完|罚完|审完|办完|发现问题|然后|之后|以后|还要|还得|再|另外|同样)/;
const OWN_ASK = /什么|谁|吗|几|多少|多久|多长|哪|怎么|如何|能不能|可不可以|要不要|需不需要/;
/** 「他家呢，示例医药」: a lead-in that only points back, before the fact that replaces. */
const POINTING = /^(?:那么?)?(?:他|她|它|这|那)?(?:家|个|边)?呢[，,]/;
const LEADING = /^(?:那么?)?(?:如果是?|要是|假如|若是?|换成|改成|还有)?|(?:的)?呢[？?。]?$/g;

/** 「它今年查了几次」「这家企业」「他家」: the enterprise or unit the previous question named. */
const PRONOUN =
  /它们?|他家|她家|该企业|该公司|该单位|这家(?:企业|公司|厂)?|那家(?:企业|公司|厂)?|这个企业|这个公司/;

/** Concepts that take each other's place: a follow-up naming one drops the previous question's others. */
const SLOTS: readonly (readonly Concept[])[] = [
  ['city', 'county', 'section', 'enforcementTeam', 'legalSection'],
  ['complaint', 'referral', 'monitoring', 'enterpriseRequest', 'random', 'special', 'clue'],
  ['onsite', 'offsite'],
  ['annex1', 'annex2', 'annex3'],
  ['head', 'supervisor', 'unitHead'],
  ['fine', 'latePayment', 'penaltyExempt', 'coercive'],
];

/** 「那市里的呢？」「县里呢？」: a bare place word in a follow-up names the level it stands for. */
function bareLevel(own: string): string {
  if (/^(?:市里|市上|市局|市本级)$/.test(own)) return '市级';
  if (/^(?:县里|区里|县区|区县|下面|基层)$/.test(own)) return '县区级';
  return own;
}

/** Removes every form of the concepts, longest first at each position, as the concept scan reads them. */
function without(text: string, concepts: readonly Concept[]): string {
  const forms = concepts.flatMap((concept) => [...CONCEPTS[concept]]).sort((a, b) => b.length - a.length);
  const escaped = forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.replace(new RegExp(escaped.join('|'), 'g'), '');
}

/**
 * The follow-up read with the question before it. A follow-up with an ask of its own (「批了以后还要
 * 干什么？」) keeps it and borrows the previous question's subject; a bare one (「那市级的呢？」)
 * takes the previous question's ask with its own facts in place of the ones it replaces.
 * `names` are places and enterprises, which replace each other the same way.
 */
/** 「这个清单」「那个期」: a term of the previous question pointed back to. */
const THIS_TERM = /(?:这个|那个|这种|该)(清单|名单|安静期|期|审批表|表|制度)/;

export function withPrevious(question: string, previous: string, names: readonly string[]): string {
  const pointed = THIS_TERM.exec(question);
  const term = pointed && new RegExp(`[\\u4e00-\\u9fff]{2,4}${pointed[1]}`).exec(previous)?.[0];
  if (pointed && term) question = question.replace(pointed[0], term);
  const pointing = POINTING.test(question.trim()) && names.some((name) => question.includes(name));
  if (pointing) question = question.trim().replace(POINTING, '');
  if (PRONOUN.test(question) && !names.some((name) => question.includes(name))) {
    const earlier = names.filter((name) => previous.includes(name)).sort((a, b) => b.length - a.length)[0];
    if (!earlier) return question;
    // 「它今年查了几次」 asks its own question; 「要是它确实困难呢」 leans on the previous one too.
    question = question.replace(PRONOUN, earlier);
    if (!ELLIPTICAL.test(question.trim())) return question;
  }
  const subjects = findConcepts(normalize(question)).filter((concept) => !ASPECTS.has(concept));
  const leaning =
    pointing || ELLIPTICAL.test(question.trim()) || (GOING_ON.test(question.trim()) && subjects.length === 0);
  if (!leaning) return question;
  const own = bareLevel(question.trim().replace(LEADING, ''));
  const found = new Set(findConcepts(normalize(own)));
  let earlier = previous;
  for (const slot of SLOTS) if (slot.some((concept) => found.has(concept))) earlier = without(earlier, slot);
  // 「市里去企业检查谁批」 then 「分局的呢」: the bare place word names the level the follow-up replaces.
  if (found.has('city') || found.has('county')) earlier = earlier.replace(/市里|市上|县里|区里/g, '');
  // 「分局日常入企检查谁批」 then 「那专项的方案呢」: the special inspection takes the routine one's place.
  if (found.has('special')) earlier = earlier.replace(/(?:日常|常规)?(?:入企)?(?:执法)?检查/g, '');
  const named = names.filter((name) => own.includes(name));
  if (named.length > 0)
    for (const name of names) if (!named.includes(name)) earlier = earlier.split(name).join('');
  if (OWN_ASK.test(own)) return `${earlier.replace(/[？?。]+$/, '')}，${own}`;
  return `${own}，${earlier}`;
}
