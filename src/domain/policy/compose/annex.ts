import type { ClauseId } from '../../clauses.js';
import { bestSentence } from '../retrieve.js';
import { getClause } from '../scheme.js';
import { SPECIAL_APPROVAL } from '../case-opening.js';
import { chosenOptions, COMPLAINT_FREE } from './form-choice.js';
import { focusOf, startsOnSignature } from './special.js';
import { hasAny, type Draft, type Question } from './types.js';

interface Form {
  title: string;
  fields: string[];
  opinions: string[];
}

function rowLabel(row: string): string {
  return row.replace(/^\d+\.\s*/, '').split('：')[0] as string;
}

/** Reads a form's title, its fields and its opinion rows off the annex's table rows. */
export function readForm(clause: ClauseId): Form {
  const [title, ...rows] = getClause(clause).sentences.filter((sentence) => !sentence.heading);
  const labels = rows.map((row) => rowLabel(row.text));
  const isOpinion = (label: string) =>
    label.endsWith('意见') || label === '经办人' || label.endsWith('负责人');
  return {
    title: (title?.text ?? '').replace(/^长治市生态环境局\s*/, ''),
    fields: [...new Set(labels.filter((label) => !isOpinion(label)))],
    opinions: [...new Set(labels.filter(isOpinion))],
  };
}

let rowLabels: readonly string[] | undefined;

/** Every row label of the three forms (检查类型, 检查方式, 线索来源 …), which replace each other in a follow-up. */
export function formRowLabels(): readonly string[] {
  rowLabels ??= [
    ...new Set(
      (['annex-1', 'annex-2', 'annex-3'] as const).flatMap((clause) => {
        const { title, fields, opinions } = readForm(clause);
        return [...fields, ...opinions].filter((label) => label.length >= 3 && !title.includes(label));
      }),
    ),
  ];
  return rowLabels;
}

/**
 * What officers call a row: its label, each half of a 「/」 label (统一社会信用代码), and a side's
 * opinion without its 方 (移送意见) or its 意见 (接收方). 「分管局长」 alone names no row.
 */
function namesOf(label: string): string[] {
  return [
    label,
    ...label.split('/').filter((part) => part.length >= 4 && part !== label),
    ...(/方意见$/.test(label) ? [label.replace('方意见', '意见'), label.replace(/意见$/, '')] : []),
  ];
}
/** The longest name of the row the text uses, else 0. */
function namedLength(label: string, text: string): number {
  return Math.max(
    0,
    ...namesOf(label)
      .filter((name) => text.includes(name))
      .map((name) => name.length),
  );
}

export function namesFormRow(text: string): boolean {
  return formRowLabels().some((label) => namedLength(label, text) > 0);
}

/** 「□现场检查 □资料核查 □其他：_____」 → 现场检查、资料核查、其他 */
function options(row: string): string {
  return row
    .split('□')
    .slice(1)
    .map((option) => option.replace(/[：_\s]+$/, '').trim())
    .join('、');
}

/** The row whose label the question names (「检查方式有哪些选项」), the longest such label first. */
function namedRow(clause: ClauseId, title: string, text: string): string | undefined {
  return getClause(clause)
    .sentences.filter((sentence) => !sentence.heading && !sentence.text.includes(title))
    .map((sentence) => sentence.text)
    .filter((row) => namedLength(rowLabel(row), text) > 0)
    .sort((a, b) => namedLength(rowLabel(b), text) - namedLength(rowLabel(a), text))[0];
}

const SPECIAL_SCOPE = '专项检查须严格限定检查内容和时间周期，避免扩大化或无限期延长检查';
const HEAD_UNSIGNED =
  /(?:局长|主要负责人|一把手)(?:意见)?(?:一栏|那栏|那一栏)?(?:还|尚|仍)?(?:没|未)(?:签|批|同意)|(?:局长|主要负责人)(?:意见)?(?:一栏|那栏|那一栏)?(?:还|尚|仍)?空着/;
/** 「检查对象和时间先空着，回头再补」: a row left blank; 「要不要写清楚」: a row to fill. */
const BLANK = /空着|先空|留空|不填|暂不填|再补|后补|补填/;
const FILL = /写清楚|写明|填清楚|填明|写具体|填具体/;

/**
 * The special inspection's form read with 第4条: who must still sign, and that its object and period
 * are written out, since 第4条 limits both.
 */
function specialForm(question: Question, form: ReturnType<typeof readForm>): Draft | undefined {
  const early = startsOnSignature(question);
  if (early) return early;
  const title = `《${form.title}》（附件1）`;
  const approval = { clause: '4' as const, about: SPECIAL_APPROVAL };
  // 「危废非法处置专项」: the focus 第4条 names is said with its approval.
  const focus = focusOf(question.text) && `；${focusOf(question.text)}`;
  if (question.yesNo && HEAD_UNSIGNED.test(question.text)) {
    return {
      answer: `不能，${title}的局长意见尚未签署，${SPECIAL_APPROVAL}${focus}（第4条）。`,
      cite: [{ clause: 'annex-1', about: '审批意见 局长意见' }, approval],
    };
  }
  const rows = form.fields.filter((field) => question.text.includes(field.replace(/^检查/, '')));
  if (question.yesNo && rows.length && (BLANK.test(question.text) || FILL.test(question.text))) {
    const verdict = BLANK.test(question.text) ? '不能' : '需要';
    return {
      answer: `${verdict}，${title}须写明${rows.join('、')}；${SPECIAL_SCOPE}（第4条）。`,
      cite: [
        { clause: 'annex-1', about: rows.join(' ') },
        { clause: '4', about: SPECIAL_SCOPE },
      ],
    };
  }
  if (hasAny(question, 'approve', 'head', 'supervisor') || /签|意见/.test(question.text)) {
    const count = question.form === 'quantity' ? `共${form.opinions.length}栏：` : '为';
    return {
      answer: `${title}的意见栏${count}${form.opinions.join('、')}；${SPECIAL_APPROVAL}${focus}（第4条）。`,
      cite: [{ clause: 'annex-1', about: '审批意见 局长意见' }, approval],
    };
  }
  return undefined;
}

/** 附件1 to 附件3: what the form asks for, which options a row offers, who writes an opinion. */
/** 「要用哪张表、表里写哪些内容」: which form is asked, so the whole form, not one row's options. */
const WHICH_FORM = /(?:哪张|哪个|哪种|什么|啥)(?:样的?)?(?:表|表格|表单)(?!里|中|上)/;

export function annex(question: Question, clause: ClauseId): Draft {
  const form = readForm(clause);
  const number = clause.slice(-1);
  // The form's title matches any question naming the form; the row asked about is what matters.
  const row =
    namedRow(clause, form.title, question.text) ??
    bestSentence(clause, question.text, (sentence) => !sentence.text.includes(form.title)).text;
  // 「移交意见 移送方意见：□建议立案 □…… 后面还有哪几个选项」: a ticked row's options, not its part.
  const part = /选项|勾/.test(question.text) && row.includes('□') ? undefined : formPartAsked(question.text);
  if (part?.clause === clause) return partRows(question, part);
  const special = clause === 'annex-1' && specialForm(question, form);
  if (special) return special;
  let answer: string;
  if (
    row.includes('□') &&
    !WHICH_FORM.test(question.text) &&
    /选项|勾|类型|方式|来源|哪几|哪些|几种|几个|几项|几样|列了|可以选|能选/.test(question.text)
  ) {
    const choices = options(row);
    // 「举报来的勾哪个」: the options the stated facts pick, then the whole row.
    const picked = clause === 'annex-2' ? chosenOptions(choices.split('、'), question.text) : [];
    if (picked.length && /勾|选/.test(question.text)) {
      const complaint = picked.includes('举报投诉');
      // 「接了投诉，要去现场看，检查类型勾哪个」: the other row the facts fill is said too.
      const other = getClause(clause)
        .sentences.map((sentence) => sentence.text)
        .filter((text) => text.includes('□') && text !== row)
        .map((text) => [rowLabel(text), chosenOptions(options(text).split('、'), question.text)] as const)
        .filter(([, chosen]) => chosen.length)
        .map(([label, chosen]) => `，“${label}”勾选${chosen.map((p) => `“${p}”`).join('')}`)
        .join('');
      // 「检查类型能勾举报投诉不」: the box asked is one the facts tick.
      const may = question.yesNo && picked.some((option) => question.text.includes(option)) ? '可以，' : '';
      return {
        answer: `${may}附件2中“${rowLabel(row)}”勾选${picked.map((p) => `“${p}”`).join('')}（选项为${choices}）${other}${complaint ? `；${COMPLAINT_FREE}（第3条）` : ''}。`,
        cite: [
          { clause, about: `${row}\n${question.text}` },
          ...(complaint ? [{ clause: '3' as const, about: COMPLAINT_FREE }] : []),
        ],
      };
    }
    answer =
      question.form === 'quantity' || /几(?:种|个|项|类)|(?<!哪)几样|多少/.test(question.text)
        ? `附件${number}中“${rowLabel(row)}”有${choices.split('、').length}个选项：${choices}。`
        : `附件${number}中“${rowLabel(row)}”的选项为${choices}。`;
  } else if (hasAny(question, 'approve', 'head', 'supervisor') || /签|意见/.test(question.text)) {
    const count = question.form === 'quantity' ? `共${form.opinions.length}栏：` : '';
    answer = `《${form.title}》（附件${number}）的意见栏${count || '为'}${form.opinions.join('、')}。`;
  } else {
    answer = `《${form.title}》（附件${number}）需填写${form.fields.join('、')}，意见栏为${form.opinions.join('、')}。`;
  }
  // 「移交的时候用啥表」: the handing over is 第8条's duty, the form 附件3.
  const handover = clause === 'annex-3' && /移交|转交|交给|移过去|移给|移送给/.test(question.text);
  return {
    answer,
    cite: [
      { clause, about: `${row}\n${question.text}` },
      ...(handover ? [{ clause: '8' as const, about: '涉嫌违法线索及时移交有关分局调查处理' }] : []),
    ],
  };
}

export const ANNEXES = ['annex-1', 'annex-2', 'annex-3'] as const;

const FORM_CONTEXT = /表|勾|选|栏|附件|列了|填/;
const OPTIONS_ASKED = /勾|选项|可选|能选|几种|几项|几类|几个|多少|哪些|哪几|哪个|哪一个|有什么|列了/;

/**
 * 「检查类型有几种可以勾」「线索来源能选哪些」: a row of ticked options that one form alone has names
 * that form, however little else the question shares with it.
 */
let optionRows: readonly { clause: ClauseId; label: string }[] | undefined;

export function optionRowAsked(text: string): ClauseId | undefined {
  // 「非现场执法的线索来源有哪些渠道」 asks 第8条's sources, not the form's boxes.
  if (!OPTIONS_ASKED.test(text) || !FORM_CONTEXT.test(text)) return undefined;
  optionRows ??= ANNEXES.flatMap((clause) =>
    getClause(clause)
      .sentences.filter((sentence) => sentence.text.includes('□'))
      .map((sentence) => ({ clause, label: rowLabel(sentence.text) })),
  );
  const owners = new Set(optionRows.filter((row) => text.includes(row.label)).map((row) => row.clause));
  return owners.size === 1 ? [...owners][0] : undefined;
}

/** 「基本信息那块要填哪些」「检查安排写什么」: a part of a form, and what it holds. */
const CONTENTS_ASKED = /填|写|哪些|哪几|什么|内容|包括|包含|几栏|几项/;
/** Which form a question points at when a part's name is on more than one. */
const FORM_HINTS: readonly [ClauseId, RegExp][] = [
  ['annex-3', /移送|线索|附件3|附件三/],
  ['annex-1', /专项|附件1|附件一/],
  ['annex-2', /计划审批表|入企|附件2|附件二|双随机|举报投诉/],
];

interface FormPart {
  clause: ClauseId;
  label: string;
  rows: string[];
}

function formParts(clause: ClauseId): FormPart[] {
  const parts: FormPart[] = [];
  for (const sentence of getClause(clause).sentences) {
    const heading = /^[一二三四]、(.+)$/.exec(sentence.text)?.[1];
    if (heading) parts.push({ clause, label: heading, rows: [] });
    else if (!sentence.heading) parts.at(-1)?.rows.push(rowLabel(sentence.text));
  }
  return parts;
}

let allParts: readonly FormPart[] | undefined;

/** The part of a form the question names and asks the contents of, if any. */
export function formPartAsked(text: string): FormPart | undefined {
  if (!CONTENTS_ASKED.test(text)) return undefined;
  allParts ??= ANNEXES.flatMap(formParts).filter((part) => part.rows.length > 0);
  const named = allParts.filter((part) => text.includes(part.label));
  // 「线索基本信息」 names 附件3's part, not the 基本信息 of the other two.
  const longest = Math.max(0, ...named.map((part) => part.label.length));
  const candidates = named.filter((part) => part.label.length === longest);
  if (candidates.length <= 1) return candidates[0];
  const hinted = FORM_HINTS.find(
    ([clause, hint]) => hint.test(text) && candidates.some((part) => part.clause === clause),
  )?.[0];
  return candidates.find((part) => part.clause === hinted);
}

/** Who signs a form's opinion rows: 第4条's approval for a special inspection, 第5条's for a visit. */
const SIGNERS: Partial<Record<ClauseId, { clause: ClauseId; rule: string }>> = {
  'annex-1': { clause: '4', rule: `${SPECIAL_APPROVAL}（第4条）` },
  'annex-2': {
    clause: '5',
    rule: '市级入企执法检查由市生态环境局主要负责人或分管局领导审批，县区级入企执法检查由各分局主要负责人审批（第5条）',
  },
};

function partRows(question: Question, part: FormPart): Draft {
  const title = readForm(part.clause).title;
  const count = question.form === 'quantity' ? `共${part.rows.length}栏：` : '需填写';
  // 「双随机抽中的……检查安排写什么」: the type the stated facts tick, on the same form.
  const typeRow = getClause(part.clause).sentences.find((sentence) => sentence.text.startsWith('检查类型'));
  const ticked = typeRow ? chosenOptions(options(typeRow.text).split('、'), question.text) : [];
  const tick = ticked.length ? `，检查类型勾选${ticked.map((option) => `“${option}”`).join('')}` : '';
  const signers = part.label === '审批意见' ? SIGNERS[part.clause] : undefined;
  const answer = `《${title}》（附件${part.clause.slice(-1)}）“${part.label}”部分${count}${part.rows.join('、')}${tick}${signers ? `；${signers.rule}` : ''}。`;
  return {
    answer,
    cite: [
      { clause: part.clause, about: `${part.label} ${part.rows.join(' ')}` },
      ...(signers ? [{ clause: signers.clause, about: signers.rule }] : []),
    ],
  };
}
