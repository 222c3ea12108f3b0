import { bootCore, type Booted } from '../../core/boot';
import { suppressionHash } from '../../core/respect/suppression-hash';
import { testMailboxConfig, trustTestMailbox } from '../../core/mail/test-support/trusted-mailbox';
import { callThrough } from '../../core/test-support/temp-core';

// A data folder ready for `relance send-due`, seeded in-process through the contract on the real
// clock: a trusted mailbox, an every-day 0–24 send window, no pacing, and one approved cart
// message per recipient, due now, in the order given. The suppressed address is added to the
// suppression list after approval, so only the last-moment check before sending can catch it.
export type CrashSeed = {
  dataDir: string;
  port: number;
  recipients: readonly string[];
  suppressed: string | null;
};

const HOUR_MS = 3_600_000;
const business = { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' };

export const seedCrashDataDir = async ({ dataDir, port, recipients, suppressed }: CrashSeed): Promise<void> => {
  const booted: Booted = bootCore({ dataDir, migrationsFolder: 'db/migrations', host: 'cli' });
  const call = callThrough(() => booted);
  try {
    await call('settings.update', { business, promoCode: 'MERCI', sendWindow: { days: [0, 1, 2, 3, 4, 5, 6], startHour: 0, endHour: 24 } });
    const { untrusted, trusted } = await trustTestMailbox(call, testMailboxConfig(port));
    if (!untrusted.certificate) throw new Error(`mailbox.test showed no certificate: ${JSON.stringify(untrusted)}`);
    if (!trusted.ok) throw new Error(`the pinned mailbox does not pass its test: ${JSON.stringify(trusted)}`);
    // Two days ago, a minute apart: step 1 (T + 24 h) is due now, in this order; step 2 is not.
    const start = Date.now() - 48 * HOUR_MS;
    for (const [index, email] of recipients.entries()) {
      const contact = await call('contacts.create', { firstName: 'Zoé', lastName: `Crash${index}`, email, language: 'fr', country: 'FR',
        consent: { basis: 'consent', source: 'shop', at: null } });
      await call('events.log', { contactId: contact.id, type: 'abandoned_cart', occurredAt: new Date(start + index * 60_000).toISOString(),
        amount: '49.00', currency: 'EUR' });
    }
    const { approved } = await call('outbox.approveDue', {});
    if (approved !== recipients.length) throw new Error(`approved ${approved} messages, expected ${recipients.length}`);
    if (suppressed) {
      booted.database.sqlite.prepare(`INSERT INTO suppressions (hash, reason, created_at) VALUES (?, 'unsubscribed', ?)`)
        .run(suppressionHash(suppressed.toLowerCase()), Date.now());
    }
  } finally {
    booted.close();
  }
};
