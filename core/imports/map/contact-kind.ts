import type { ImportRecord } from '../types';
import { fold } from './fold';

// A kind column's value as a contact kind. HubSpot's lifecycle stages are read too: a lead is
// a prospect until it buys.

type Kind = NonNullable<ImportRecord['kind']>;

const words: Record<string, Kind> = {};
const add = (kind: Kind, list: string[]): void => list.forEach((word) => (words[word] = kind));
add('customer', ['customer', 'customers', 'client', 'clients', 'cliente', 'clientes', 'buyer', 'acheteur', 'acheteuse', 'purchaser', 'evangelist']);
add('donor', ['donor', 'donors', 'donateur', 'donateurs', 'donatrice', 'donatrices', 'giver', 'mecene', 'bienfaiteur', 'bienfaitrice']);
add('prospect', [
  'prospect', 'prospects', 'lead', 'leads', 'subscriber', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity',
  'marketing qualified lead', 'sales qualified lead', 'opportunite', 'piste',
]);
// A value that says "no particular kind": the file's default applies, no problem to report.
const neutral = new Set(['other', 'autre', 'contact', 'none', 'aucun']);

export const readKind = (value: string): Kind | 'unsaid' | null => {
  const key = fold(value);
  if (neutral.has(key)) return 'unsaid';
  return words[key] ?? null;
};
