// Messages handed to a client component as plain strings, so that no message formatter travels to
// the browser (docs/decisions/056-the-article-page-without-a-message-formatter.md). The server formats
// each message with next-intl; what only the browser knows (a name a reader chose, a count, a time)
// goes into a slot, `{name}`, that `fill` replaces. A sentence whose words change with a number is
// formatted once per plural category of the language (`pluralForms`), and `pluralIn` picks the
// reader's with the browser's own Intl.PluralRules. Plain strings and functions only: this module
// reaches the browser.

/** One sentence per plural category of a language ("one", "other"…), its number written as a slot. */
export type PluralForms = { locale: string; forms: Partial<Record<Intl.LDMLPluralRule, string>> };

/** `template` with each `{key}` replaced by its value (as text: nothing in a value is read as a slot). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, key: string) => (key in values ? values[key]! : slot));
}

/** A number in `category` of the language's plurals (0–200 hold an example of each). */
function exampleOf(plurals: Intl.PluralRules, category: Intl.LDMLPluralRule): number | undefined {
  for (let n = 0; n <= 200; n++) if (plurals.select(n) === category) return n;
  return undefined;
}

/**
 * On the server: `format(n)` (a message with a plural on `name`) once per plural category, written
 * for an example number whose place is then marked `{name}`; a category whose sentence has no number
 * (Arabic's "two seconds") stays as it is.
 */
export function pluralForms(locale: string, name: string, format: (n: number) => string): PluralForms {
  const plurals = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  const forms: PluralForms["forms"] = {};
  for (const category of plurals.resolvedOptions().pluralCategories) {
    const n = exampleOf(plurals, category);
    if (n !== undefined) forms[category] = format(n).replace(number.format(n), `{${name}}`);
  }
  return { locale, forms };
}

/** In the browser: the sentence for `n` in the reader's language, its number written as the language writes it. */
export function pluralIn(plural: PluralForms, name: string, n: number): string {
  const sentence = plural.forms[new Intl.PluralRules(plural.locale).select(n)] ?? plural.forms.other ?? "";
  return fill(sentence, { [name]: new Intl.NumberFormat(plural.locale).format(n) });
}

/** A sentence with one element in it ("Reply to <bdi>{name}</bdi>"): the text before, inside and after the tag. */
export function aroundTag(sentence: string, tag: string): [before: string, inside: string, after: string] {
  const open = sentence.indexOf(`<${tag}>`);
  const close = sentence.indexOf(`</${tag}>`, open);
  if (open < 0 || close < 0) return [sentence, "", ""];
  return [sentence.slice(0, open), sentence.slice(open + tag.length + 2, close), sentence.slice(close + tag.length + 3)];
}
