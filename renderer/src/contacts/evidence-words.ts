import type { MessageKey } from '../i18n/en';
import type { Language, Translate } from '../i18n/i18n';
import { counted } from '../i18n/plural';

// Core records consent evidence in English words, kept as written (it is the record). The window
// words the shapes Relance itself writes in its own language, with dates in local form, and
// shows any other evidence (an older record, a future shape) as it was written.
type Words = { t: Translate; language: Language };

const day = (ymd: string, language: Language): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${ymd}T00:00:00Z`));

const BY_HAND: Record<string, MessageKey> = {
  'entered by hand in Relance': 'evidence.byHand.ui',
  'entered from the command line': 'evidence.byHand.cli',
  'entered by an import': 'evidence.byHand.import',
  'entered by the mailbox reader': 'evidence.byHand.mailbox',
};

const THROUGH: Record<string, MessageKey> = {
  'the Unsubscribe action in Relance': 'evidence.through.ui',
  'the relance unsubscribe command': 'evidence.through.cli',
  'an import': 'evidence.through.import',
  'a message read in the mailbox': 'evidence.through.mailbox',
};

const word = (text: string, { t, language }: Words): string | null => {
  const unsubscribed = text.match(/^unsubscribed on (\d{4}-\d{2}-\d{2}) through (.+)$/);
  if (unsubscribed && THROUGH[unsubscribed[2]!]) return t('evidence.unsubscribed', { date: day(unsubscribed[1]!, language), how: t(THROUGH[unsubscribed[2]!]!) });
  const lifted = text.match(/^(.+); this new consent lifts the opt-out of (\d{4}-\d{2}-\d{2})$/);
  if (lifted && BY_HAND[lifted[1]!]) return t('evidence.lifts', { how: t(BY_HAND[lifted[1]!]!), date: day(lifted[2]!, language) });
  const removed = text.match(/^legal basis removed, (.+)$/);
  if (removed && BY_HAND[removed[1]!]) return t('evidence.removed', { how: t(BY_HAND[removed[1]!]!) });
  if (BY_HAND[text]) return t(BY_HAND[text]);
  const given = text.match(/^accepted marketing: yes, in (.+) of (\d{4}-\d{2}-\d{2})(, date not given \(the import's date is recorded\))?$/);
  if (given) return t(given[3] ? 'evidence.importYesNoDate' : 'evidence.importYes', { file: given[1]!, date: day(given[2]!, language) });
  const optedOut = text.match(/^opted out, in (.+) of (\d{4}-\d{2}-\d{2})$/);
  if (optedOut) return t('evidence.importOptOut', { file: optedOut[1]!, date: day(optedOut[2]!, language) });
  if (text === 'recorded before Relance kept a consent history') return t('evidence.before');
  // Bulk edits (core/contacts/bulk-edit.ts, bulk-undo.ts) and the import's "these are my customers".
  const bulk = text.match(/^set by the owner for (\d+) contacts? on (\d{4}-\d{2}-\d{2})$/);
  if (bulk) return counted(t, language, 'evidence.bulkSet', Number(bulk[1]), { date: day(bulk[2]!, language) });
  const undone = text.match(/^restored by undoing the change of (\d{4}-\d{2}-\d{2})$/);
  if (undone) return t('evidence.bulkUndone', { date: day(undone[1]!, language) });
  const declared = text.match(/^legal basis: ([a-z-]+), declared by the owner for the file's contacts, in (.+) of (\d{4}-\d{2}-\d{2}) \(import [^)]+\)$/);
  if (declared) return t('evidence.declared', { basis: t(`consent.${declared[1]}` as MessageKey), file: declared[2]!, date: day(declared[3]!, language) });
  return null;
};

export const evidenceWords = (text: string, words: Words): string => word(text, words) ?? text;
