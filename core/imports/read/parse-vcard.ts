import type { FileProblem, ParsedTable, TableRow } from '../types';
import { readContentLines, type ContentLine } from './vcard-lines';
import { birthdayValue, components, listValue, nameComponents, phoneValue, preferenceOf, textValue } from './vcard-values';

// vCard 2.1/3.0/4.0 into the same table shape as a CSV, with fixed column names, so that the
// mapping step treats an address book like any other file.

export const vcardHeaders = [
  'First name',
  'Last name',
  'Full name',
  'Email 1',
  'Email 2',
  'Email 3',
  'Phone 1',
  'Phone 2',
  'Phone 3',
  'Company',
  'Notes',
  'Categories',
  'Birthday',
  'Language',
  'Country',
];

const slots = 3;

type Card = { line: number; properties: ContentLine[] };

const byPreference = (properties: ContentLine[]): ContentLine[] =>
  // Array.prototype.sort is stable: equally preferred values keep the file's order.
  properties.slice().sort((a, b) => preferenceOf(a) - preferenceOf(b));

const valuesIn = (card: Card, name: string): ContentLine[] => byPreference(card.properties.filter((p) => p.name === name));

// ADR's 7th component is the country; Apple also puts an ISO code in X-ABADR of the same group.
const countryOf = (card: Card): string => {
  const address = valuesIn(card, 'ADR')[0];
  if (!address) return '';
  const country = components(address)[6] ?? '';
  if (country !== '' || !address.group) return country;
  const code = card.properties.find((p) => p.name === 'X-ABADR' && p.group === address.group);
  return code ? textValue(code).toUpperCase() : '';
};

// Tags are split on commas and semicolons downstream; a category that holds one of its own
// ("Newsletter\, FR") is written as Mailchimp does, "Bénévole","Newsletter, FR", which the
// tag splitter reads back as two tags.
const categoriesCell = (categories: string[]): string => {
  const tags = categories.filter((tag) => tag.trim() !== '');
  if (!tags.some((tag) => /[,;"]|:::/.test(tag))) return tags.join(', ');
  return tags.map((tag) => `"${tag.replaceAll('"', '""')}"`).join(',');
};

const fillSlots = (values: string[], what: 'emails' | 'phones', card: Card, problems: FileProblem[]): string[] => {
  const kept = values.filter((value) => value.trim() !== '');
  if (kept.length > slots) {
    const label = what === 'emails' ? 'e-mail addresses' : 'phone numbers';
    problems.push({
      line: card.line,
      column: null,
      message: `The card at line ${card.line} has ${kept.length} ${label}; only the first ${slots} were kept.`,
      rule: what === 'emails' ? 'import.cardTooManyEmails' : 'import.cardTooManyPhones',
      params: { line: String(card.line), count: String(kept.length), kept: String(slots) },
    });
  }
  return Array.from({ length: slots }, (_, i) => kept[i] ?? '');
};

const rowOf = (card: Card, problems: FileProblem[]): TableRow | null => {
  const first = (name: string): ContentLine | undefined => valuesIn(card, name)[0];
  const fullName = first('FN') ? textValue(first('FN')!) : '';
  if (first('KIND') && textValue(first('KIND')!).trim().toLowerCase() === 'group') {
    const groupName = fullName.trim();
    const what = groupName === '' ? '' : ` (${groupName})`;
    problems.push({
      line: card.line,
      column: null,
      message: `The card at line ${card.line} is a group${what}, not a person; it was skipped.`,
      rule: groupName === '' ? 'import.cardGroup' : 'import.cardNamedGroup',
      params: groupName === '' ? { line: String(card.line) } : { line: String(card.line), name: groupName },
    });
    return null;
  }
  const name = first('N') ? nameComponents(first('N')!) : [];
  const [lastName = '', firstName = ''] = name;
  const emails = fillSlots(valuesIn(card, 'EMAIL').map(textValue), 'emails', card, problems);
  const phones = fillSlots(valuesIn(card, 'TEL').map(phoneValue), 'phones', card, problems);
  const hasName = [fullName, firstName, lastName].some((part) => part.trim() !== '');
  if (!hasName && emails[0] === '' && phones[0] === '') {
    problems.push({
      line: card.line,
      column: null,
      message: `The card at line ${card.line} has no name, e-mail address or phone number; it was skipped.`,
      rule: 'import.cardEmpty',
      params: { line: String(card.line) },
    });
    return null;
  }
  const org = first('ORG');
  const cells = [
    firstName,
    lastName,
    fullName,
    ...emails,
    ...phones,
    org ? (components(org)[0] ?? '') : '',
    valuesIn(card, 'NOTE').map(textValue).join('\n'),
    categoriesCell(valuesIn(card, 'CATEGORIES').flatMap(listValue)),
    first('BDAY') ? birthdayValue(first('BDAY')!) : '',
    first('LANG') ? textValue(first('LANG')!) : '',
    countryOf(card),
  ];
  return { line: card.line, cells };
};

const readCards = (lines: ContentLine[], problems: FileProblem[]): Card[] => {
  const cards: Card[] = [];
  let current: Card | null = null;
  const closeUnended = (card: Card): void => {
    problems.push({
      line: card.line,
      column: null,
      message: `The card at line ${card.line} has no END:VCARD line; it was read as far as it went.`,
      rule: 'import.cardUnended',
      params: { line: String(card.line) },
    });
  };
  for (const property of lines) {
    const value = property.value.trim().toUpperCase();
    if (property.name === 'BEGIN' && value === 'VCARD') {
      if (current) closeUnended(current);
      current = { line: property.line, properties: [] };
      cards.push(current);
    } else if (property.name === 'END' && value === 'VCARD') current = null;
    else if (current) current.properties.push(property);
  }
  if (current) closeUnended(current);
  return cards;
};

export const parseVcard = (text: string, encoding: string): ParsedTable => {
  const problems: FileProblem[] = [];
  const cards = readCards(readContentLines(text), problems);
  const rows = cards.flatMap((card) => rowOf(card, problems) ?? []);
  if (cards.length === 0) problems.push({ line: 1, column: null, message: 'The file has no contact cards (no BEGIN:VCARD line).', rule: 'import.noCards' });
  problems.sort((a, b) => a.line - b.line);
  return { format: 'vcard', encoding, delimiter: null, headers: [...vcardHeaders], rows, problems };
};
