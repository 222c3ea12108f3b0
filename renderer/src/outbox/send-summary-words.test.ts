import { describe, expect, it } from 'vitest';
import type { SendSummary } from '../../../api';
import { translator } from '../i18n/i18n';
import { describeSendSummary } from './send-summary-words';

const empty: SendSummary = { sent: 0, deferred: 0, failed: 0, unknown: 0, paused: 0, waiting: 0, held: 0, busyWith: null, mailboxPaused: null, stoppedBy: null };

describe('describeSendSummary', () => {
  it('lists what the pass did, with French agreement', () => {
    expect(describeSendSummary({ ...empty, sent: 3, deferred: 1, waiting: 8 }, translator('en'), 'en')).toBe(
      'This pass: 3 sent, 1 to try again later, 8 waiting their turn (pace or send window).',
    );
    expect(describeSendSummary({ ...empty, sent: 1, unknown: 2 }, translator('fr'), 'fr')).toBe('Ce passage : 1 envoyé, 2 incertains (voir Incertains).');
  });

  it('says when nothing was due', () => {
    expect(describeSendSummary(empty, translator('en'), 'en')).toBe('Nothing was due to leave.');
  });

  it('says another process is sending, or why the mailbox stopped', () => {
    expect(describeSendSummary({ ...empty, busyWith: 'relance send-due (pid 4242)' }, translator('en'), 'en')).toMatch(/^Another Relance is sending.*pid 4242/);
    expect(describeSendSummary({ ...empty, sent: 2, mailboxPaused: 'Gmail says the daily limit is reached.' }, translator('en'), 'en')).toBe(
      'This pass: 2 sent. Sending is stopped: Gmail says the daily limit is reached.',
    );
    expect(describeSendSummary({ ...empty, mailboxPaused: 'Authentication failed.' }, translator('fr'), 'fr')).toBe('Les envois sont arrêtés : Authentication failed.');
    expect(describeSendSummary({ ...empty, waiting: 4, mailboxPaused: 'Sending is paused (Pause all sending).' }, translator('fr'), 'fr', 'owner')).toBe(
      'Ce passage : 4 attendent de partir. Les envois sont arrêtés : vous avez suspendu tous les envois.',
    );
    expect(describeSendSummary({ ...empty, mailboxPaused: 'The mail server refused the user name or password: check them.' }, translator('fr'), 'fr', 'auth')).toMatch(
      /^Les envois sont arrêtés : Le serveur de messagerie a refusé l’identifiant ou le mot de passe/,
    );
  });
});
