import type { Db } from '../../db/open-database';
import { recordConsentChange } from './consent-history';
import { suppress } from './suppression-list';
import { utcDay } from '../time-units';

type Sqlite = Db['$client'];

// A reply saying stop or a spam report, read from the mailbox, that opts a contact out: their
// number goes on the suppression list beside their address, and their consent history says so.
export const recordMailboxOptOut = (sqlite: Sqlite, contactId: string, reason: 'unsubscribed' | 'complained', now: number): void => {
  const phone = sqlite.prepare('SELECT phone FROM contacts WHERE id = ?').pluck().get(contactId) as string | null | undefined;
  if (phone) suppress(sqlite, { emailKey: null, phone }, reason, now);
  const evidence = `unsubscribed on ${utcDay(now)} through a message read in the mailbox`;
  recordConsentChange(sqlite, { contactId, basis: null, source: 'opt-out', evidence, consentAt: now, origin: 'mailbox' }, now);
};
