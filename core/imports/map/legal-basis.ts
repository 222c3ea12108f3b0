import type { ConsentBasis } from '../../../api';
import { fold } from './fold';

// A legal-basis column as owners fill it, in English or French, written as words ("soft opt-in",
// "intérêt légitime") or as Relance's own values ("soft-opt-in"). Null: a value we cannot place,
// reported rather than guessed, since a wrong basis lets mail go to someone it should not.

const words = new Map<string, ConsentBasis>();
const add = (basis: ConsentBasis, list: string[]): void => list.forEach((word) => words.set(word, basis));
add('consent', ['consent', 'consented', 'consentement', 'opt in', 'optin', 'double opt in', 'single opt in', 'explicit consent', 'consentement explicite']);
add('soft-opt-in', ['soft opt in', 'soft optin', 'client existant', 'cliente existante', 'clients existants', 'existing customer', 'existing customers']);
add('legitimate-interest', ['legitimate interest', 'legitimate interests', 'interet legitime', 'interets legitimes']);
add('charity-opt-out', ['charity', 'charity opt out', 'association', 'don', 'dons']);
add('transactional', ['transactional', 'transactionnel', 'transactionnelle']);

export const readLegalBasis = (value: string): ConsentBasis | null => words.get(fold(value)) ?? null;
