import { createHash } from 'node:crypto';
import type { Db } from '../../db/open-database';
import { suppressionHash } from '../respect/suppression-hash';
import { phoneSuppressionHash } from '../respect/suppression-list';
import type { ExportRow } from './export-rows';

// Hashed ad audiences (C9): the one bridge to ad-platform retargeting. Every identifier is
// normalised as the platform documents, then SHA-256 hashed here, on the machine, in lower-case hex.

export const sha256 = (value: string): string => createHash('sha256').update(value, 'utf8').digest('hex');

// Handing a list of people to Meta or Google to show them ads is a disclosure to a third party for
// advertising. Only consent covers it: soft opt-in and B2B legitimate interest cover our own
// e-mails about similar products (CNIL, ePrivacy art. 13), not that; charity opt-out covers asking
// donors again; and both platforms' terms require consent for EU users (Google's EU user consent
// policy for Customer Match, Meta's Custom Audiences terms). People who unsubscribed, whose address
// or number is suppressed (bounced, complained, erased), or with neither address nor number are
// left out too (erased people no longer exist as contacts at all).
export const audienceFilter = (sqlite: Db['$client']): ((row: ExportRow) => boolean) => {
  // Prepared once for the whole export: a 100,000-contact audience looks up each person's hashes.
  const isListed = sqlite.prepare('SELECT 1 FROM suppressions WHERE hash IN (?, ?)').pluck();
  return (row) =>
    row.consentBasis === 'consent' &&
    row.unsubscribedAt === null &&
    (row.emailKey !== null || row.phone !== null) &&
    isListed.get(row.emailKey ? suppressionHash(row.emailKey) : null, row.phone ? phoneSuppressionHash(row.phone) : null) === undefined;
};

const hashed = (value: string): string => (value === '' ? '' : sha256(value));

// Both platforms: an address trimmed and lower-cased (Meta, "Customer list custom audiences:
// hashing and normalization", EMAIL; Google Ads, "Customer Match: format guidelines", Email).
export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

// Meta: "fn/ln: a-z lower-case, no punctuation, special characters in UTF-8": letters of any
// script stay (é), punctuation goes ("O'Neil" → "oneil", "Jean-Luc" → "jeanluc").
export const metaName = (name: string): string => name.normalize('NFC').toLowerCase().replace(/[\p{P}\p{S}]/gu, '').trim();

// Meta: the number with its country code, digits only (no +, no leading zeros); ours is E.164.
export const metaPhone = (e164: string): string => e164.replace(/\D/g, '').replace(/^0+/, '');

// Meta: zip lower-case without spaces, and only the first 5 digits of a U.S. ZIP+4.
export const metaZip = (zip: string, country: string | null): string => {
  const compact = zip.toLowerCase().replace(/\s+/g, '');
  return country === 'US' ? compact.split('-')[0]!.slice(0, 5) : compact;
};

// Meta's customer-list file header (names as in its upload template), every value hashed.
export const META_COLUMNS = ['email', 'phone', 'fn', 'ln', 'zip', 'country'] as const;

export const metaCells = (row: ExportRow): string[] => [
  hashed(row.email ? normaliseEmail(row.email) : ''),
  hashed(row.phone ? metaPhone(row.phone) : ''),
  hashed(metaName(row.firstName)),
  hashed(metaName(row.lastName)),
  hashed(row.postalCode ? metaZip(row.postalCode, row.country) : ''),
  // Meta: the ISO 3166-1 alpha-2 code, lower-case, hashed.
  hashed((row.country ?? '').toLowerCase()),
];

// Google Customer Match's file header (its upload template). Email, phone and names are hashed;
// Country and Zip are sent as they are ("do not hash country or zip").
export const GOOGLE_COLUMNS = ['Email', 'Phone', 'First Name', 'Last Name', 'Country', 'Zip'] as const;

// Google: names trimmed and lower-cased; the phone in E.164 with its +.
export const googleName = (name: string): string => name.normalize('NFC').trim().toLowerCase();

export const googleCells = (row: ExportRow): string[] => [
  hashed(row.email ? normaliseEmail(row.email) : ''),
  hashed(row.phone ?? ''),
  hashed(googleName(row.firstName)),
  hashed(googleName(row.lastName)),
  (row.country ?? '').toUpperCase(),
  (row.postalCode ?? '').trim(),
];
