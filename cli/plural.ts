// The command line speaks English; a count takes its noun's form from Intl's English rule, so
// "1 row", "0 rows", never "1 rows" or "contact(s)".
const english = new Intl.PluralRules('en');

export const counted = (count: number, one: string, other = `${one}s`): string =>
  `${count} ${english.select(count) === 'one' ? one : other}`;
