import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import { deliveryFacts, serverAnswer } from './delivery-facts';
import { formatFullWhen } from './outbox-words';

const none = { state: 'sent' as const, attempts: 1, nextAttemptAt: null, messageId: null, smtpCode: null, enhancedCode: null, smtpResponse: null };

describe('serverAnswer', () => {
  it('joins the code, the enhanced code and the text, saying each once', () => {
    expect(serverAnswer({ ...none, smtpCode: 550, enhancedCode: '5.1.1', smtpResponse: 'User unknown' })).toBe('550 5.1.1 User unknown');
    expect(serverAnswer({ ...none, smtpCode: 250, enhancedCode: '2.0.0', smtpResponse: '250 2.0.0 OK 1712 queued as 4F2A' })).toBe('250 2.0.0 OK 1712 queued as 4F2A');
    expect(serverAnswer({ ...none, smtpCode: 421, enhancedCode: null, smtpResponse: null })).toBe('421');
    expect(serverAnswer(none)).toBeNull();
  });
});

describe('deliveryFacts', () => {
  const en = translator('en');

  it('gives a sent message the server’s answer and its Message-ID', () => {
    const facts = deliveryFacts({ ...none, smtpCode: 250, enhancedCode: '2.0.0', smtpResponse: 'OK', messageId: '<a1@relance.local>' }, en, 'en');
    expect(facts).toEqual([
      ['Server answer', '250 2.0.0 OK'],
      ['Message-ID', '<a1@relance.local>'],
    ]);
  });

  it('gives a deferred message its next try, in local time, and its tries so far', () => {
    const next = '2026-03-12T09:14:00.000Z';
    const facts = deliveryFacts({ ...none, state: 'deferred', attempts: 2, nextAttemptAt: next, smtpCode: 451, enhancedCode: '4.7.1', smtpResponse: 'Try again later' }, translator('fr'), 'fr');
    expect(facts).toEqual([
      ['Prochain essai', formatFullWhen(next, 'fr')],
      ['Essais', '2'],
      ['Réponse du serveur', '451 4.7.1 Try again later'],
    ]);
  });

  it('adds nothing to a message that has not met the server', () => {
    expect(deliveryFacts({ ...none, state: 'scheduled', attempts: 0 }, en, 'en')).toEqual([]);
  });
});
