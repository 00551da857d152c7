// What a person can submit through a card's form, as the Lark client allows it: a select submits one
// of its options' values, a person picker one of its options' open_ids (a string, as a select does),
// a multi-select an array of them, a text box any text. Tests fill forms through this, so a value
// the card does not offer fails the test instead of reaching the bot.
type Json = Record<string, unknown>;

function fieldOf(card: unknown, name: string): Json | undefined {
  if (Array.isArray(card)) return card.map((c) => fieldOf(c, name)).find(Boolean);
  if (typeof card !== 'object' || card === null) return undefined;
  const node = card as Json;
  if (node.name === name && node.tag !== 'form' && node.tag !== 'button') return node;
  return Object.values(node)
    .map((c) => fieldOf(c, name))
    .find(Boolean);
}

const optionValues = (field: Json): string[] =>
  ((field.options as { value?: unknown }[] | undefined) ?? []).map((o) => String(o.value));

/** The form_value Lark would post for `picks` on `card`; throws when the card cannot submit one of them. */
export function formValueFor(card: unknown, picks: Record<string, string | string[]>): Json {
  for (const [name, value] of Object.entries(picks)) {
    const field = fieldOf(card, name);
    if (!field) throw new Error(`the card has no field "${name}"`);
    const tag = String(field.tag);
    const many = tag.startsWith('multi_');
    if (many !== Array.isArray(value))
      throw new Error(`${tag} "${name}" submits ${many ? 'a list' : 'one value'}`);
    if (/select/.test(tag)) {
      const offered = new Set(optionValues(field));
      const missing = [value].flat().filter((v) => !offered.has(v));
      if (missing.length > 0) throw new Error(`${tag} "${name}" does not offer ${missing.join(', ')}`);
    }
  }
  return picks;
}

/** The field named `name` anywhere in the card, for a test to look at. */
export function cardField(card: unknown, name: string): Json | undefined {
  return fieldOf(card, name);
}
