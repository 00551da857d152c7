import { shortUnitName, type Directory, type Unit } from '../org.js';
import { DEFAULT_SETTINGS } from '../rules/index.js';
import type { Question } from './compose/types.js';
import type { Concept } from './concepts.js';
import type { CaseFacts } from './facts.js';
import { askedForm } from './form.js';
import type { AnswerContext } from './types.js';

function personName(directory: Directory, id: string | undefined): string | undefined {
  return id ? directory.people.find((person) => person.id === id)?.name : undefined;
}

/** The people who approve for the named unit, else the asker's own. */
function approversOf(unit: Unit | undefined, ctx: AnswerContext | undefined): Question['approvers'] {
  const chosen = unit ?? ctx?.directory.units.find((candidate) => candidate.id === ctx.askerUnit);
  if (!chosen || !ctx) return undefined;
  const head = personName(ctx.directory, chosen.head) ?? chosen.head;
  const name = shortUnitName(chosen.name);
  if (chosen.kind === 'branch') return { unit: name, head };
  const supervisor = personName(ctx.directory, chosen.supervisor);
  const director = personName(ctx.directory, ctx.directory.director);
  return { unit: name, head, ...(supervisor ? { supervisor } : {}), ...(director ? { director } : {}) };
}

/** The question as the composers see it. */
export function questionOf(
  text: string,
  concepts: ReadonlySet<Concept>,
  facts: CaseFacts,
  ctx: AnswerContext | undefined,
): Question {
  const form = askedForm(text);
  const approvers = approversOf(facts.unit, ctx);
  return {
    text,
    concepts,
    yesNo: form === 'yes-no',
    form,
    settings: ctx?.settings ?? DEFAULT_SETTINGS,
    ...(facts.level ? { level: facts.level } : {}),
    ...(facts.type ? { type: facts.type } : {}),
    ...(approvers ? { approvers } : {}),
  };
}
