import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../api';
import { callThrough, domainErrorOf, useTempCore } from '../test-support/temp-core';

// Sunday 2026-03-08 10:00 UTC; the delivery was then, the request goes five days later.
const T = Date.UTC(2026, 2, 8, 10, 0);
const HOUR = 3_600_000;
const clock = { now: () => new Date(T + HOUR) };
const booted = useTempCore('review-policy', clock);
const call = callThrough(booted);

const business = { name: 'Le Cadeau Parfait', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' };

const delivered = async (language: 'fr' | 'en'): Promise<string> => {
  await call('settings.update', { business, googlePlaceId: 'ChIJ-example' });
  const { id } = await call('contacts.create', {
    firstName: 'Ana', email: 'ana@example.com', language, country: 'FR', consent: { basis: 'consent', source: 'shop', at: null },
  });
  booted().database.sqlite
    .prepare(`INSERT INTO contact_events (id, contact_id, type, occurred_at, reference, source, created_at) VALUES ('E1', ?, 'delivery', ?, 'O1', 'manual', ?)`)
    .run(id, T, T);
  return id;
};

const reviewRequest = async (): Promise<OutboxEntry> => {
  await call('outbox.plan', {});
  const pages = await Promise.all((['today', 'upcoming', 'attention'] as const).map((view) => call('outbox.list', { view })));
  return pages.flatMap((page) => page.rows).find((m) => m.program === 'review-request' && m.step === 1)!;
};

describe('a review request that breaks Google’s policy', () => {
  it('goes as shipped, even from a shop whose name sounds like a gift', async () => {
    await delivered('fr');
    const message = await reviewRequest();
    expect(message.state).toBe('scheduled');
    expect(message.bodyText).toContain('Pourriez-vous laisser un avis sur Google, qu’il soit bon ou moins bon ?');
    expect((await call('outbox.approve', { id: message.id })).state).toBe('approved');
  });

  it('from an edited template: flagged in the editor, held in the outbox, refused on approval', async () => {
    await delivered('en');
    const template = await call('templates.update', {
      program: 'review-request', step: 1, language: 'en', subject: 'How was your order?',
      body: 'Hello {{first_name|}},\n\nIf you are happy with your order, leave us 5 stars and get 10% off your next one:\n\n{{review_link}}',
    });
    expect(template.policyFlags).toEqual([{ kind: 'incentive', phrase: '10% off' }, { kind: 'gating', phrase: 'If you are happy' }]);
    // The owner's text is kept; the others follow the shipped texts.
    const templates = await call('templates.list', {});
    expect(templates.filter((t) => t.isEdited).map((t) => [t.program, t.step, t.language])).toEqual([['review-request', 1, 'en']]);
    expect(templates.find((t) => t.program === 'reactivation' && t.step === 1 && t.language === 'fr')!.subject).toBe('Cela vous intéresse toujours ?');
    expect(templates.every((t) => t.isEdited || t.policyFlags.length === 0)).toBe(true);
    const message = await reviewRequest();
    expect(message.state).toBe('needs-attention');
    expect(message.reason).toContain('held: Google forbids offering anything in return for a review (“10% off”), change the text');
    const refusal = await domainErrorOf(() => call('outbox.approve', { id: message.id }));
    expect(refusal.code).toBe('CONFLICT');
    expect(refusal.message).toBe('This review request cannot be approved: Google forbids offering anything in return for a review (“10% off”). Change the text, then approve it.');
    expect(refusal.issues?.[0]).toMatchObject({ rule: 'review.incentive', params: { phrase: '10% off' } });
    // Approving what is due leaves it where it is.
    expect((await call('outbox.approveDue', {})).approved).toBe(0);
    // The shipped text back: the message goes again.
    await call('templates.reset', { program: 'review-request', step: 1, language: 'en' });
    expect((await reviewRequest()).state).toBe('scheduled');
  });

  it('from one edited message, in French: held until the text is honest again', async () => {
    await delivered('fr');
    const message = await reviewRequest();
    const edited = await call('outbox.edit', {
      id: message.id, subject: message.subject,
      bodyText: message.bodyText.replace('Pourriez-vous laisser un avis', 'Si vous êtes satisfaite, pourriez-vous laisser un avis'),
    });
    expect(edited.state).toBe('needs-attention');
    expect(edited.reason).toContain('held: Google forbids asking only for good reviews (“Si vous êtes satisfaite”), change the text');
    const refusal = await domainErrorOf(() => call('outbox.approve', { id: message.id }));
    expect(refusal.issues?.[0]).toMatchObject({ rule: 'review.gating', params: { phrase: 'Si vous êtes satisfaite' } });
    const fixed = await call('outbox.edit', { id: message.id, subject: message.subject, bodyText: message.bodyText });
    expect(fixed.state).toBe('scheduled');
    expect((await call('outbox.approve', { id: message.id })).state).toBe('approved');
  });
});
