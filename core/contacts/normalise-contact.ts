import type { z } from 'zod';
import type { FieldIssue, contactInputSchema } from '../../api';
import type { NewContactRow } from '../../db/schema';
import { validationError } from '../errors';
import { normaliseEmail } from './email';
import { normalisePhone } from './phone';
import { cleanTags, cleanText, foldForSort } from '../text/clean-text';

export type ContactFields = z.output<typeof contactInputSchema>;
export type NormalisedContact = {
  row: Omit<NewContactRow, 'rowId' | 'id' | 'createdAt' | 'updatedAt'>;
  tags: string[];
};

export const sortNameOf = (firstName: string, lastName: string, email: string | null): string =>
  foldForSort(lastName || firstName ? `${lastName} ${firstName}` : (email ?? ''));

// Every field is checked so a person sees all problems at once, never a silent drop.
export const normaliseContact = (input: ContactFields, defaultCountry: string): NormalisedContact => {
  const issues: FieldIssue[] = [];
  const firstName = cleanText(input.firstName);
  const lastName = cleanText(input.lastName);

  let email: string | null = null;
  let emailKey: string | null = null;
  if (input.email !== null && cleanText(input.email) !== '') {
    const verdict = normaliseEmail(input.email);
    if (verdict.ok) ({ email, key: emailKey } = verdict);
    else issues.push({ path: 'email', message: verdict.message, rule: verdict.rule, params: { value: input.email.trim() } });
  }

  let phone: string | null = null;
  let phoneNational: string | null = null;
  if (input.phone !== null && input.phone.trim() !== '') {
    const verdict = normalisePhone(input.phone, input.country ?? defaultCountry);
    if (verdict.ok) ({ e164: phone, national: phoneNational } = verdict);
    else issues.push({ path: 'phone', message: verdict.message, rule: verdict.rule, params: { value: input.phone.trim(), country: input.country ?? defaultCountry } });
  }

  if (!firstName && !lastName && !email && !phone && issues.length === 0) {
    issues.push({ path: 'email', message: 'Give at least a name, an email address or a phone number.', rule: 'contact.empty' });
  }
  if (issues.length > 0) throw validationError(issues);

  const consent = input.consent;
  return {
    row: {
      firstName,
      lastName,
      sortName: sortNameOf(firstName, lastName, email),
      email,
      emailKey,
      phone,
      phoneNational,
      company: cleanText(input.company),
      kind: input.kind,
      language: input.language,
      country: input.country,
      region: cleanText(input.region ?? '') || null,
      postalCode: cleanText(input.postalCode ?? '').toUpperCase() || null,
      notes: input.notes.normalize('NFC'),
      consentBasis: consent?.basis ?? null,
      consentSource: consent ? cleanText(consent.source) : null,
      consentAt: consent?.at ? Date.parse(consent.at) : null,
    },
    tags: cleanTags(input.tags),
  };
};
