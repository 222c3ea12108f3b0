import { describe, expect, it } from 'vitest';
import { contract } from '../../../api';
import { emptyLogDraft, logKinds, requestFrom, toLocalInput } from './log-draft';

describe('log drafts', () => {
  it('send "now" as null until the date is changed, then the local moment as ISO', () => {
    const draft = emptyLogDraft('call', 'EUR', new Date(2026, 2, 15, 14, 5));
    expect(draft.occurredAt).toBe('2026-03-15T14:05');
    expect(requestFrom(draft, 'c1')).toEqual({ method: 'events.log', input: { type: 'call', contactId: 'c1', occurredAt: null, note: '' } });
    const touched = { ...draft, occurredAt: '2026-03-01T09:30', isDateTouched: true };
    expect(requestFrom(touched, 'c1').input).toMatchObject({ occurredAt: new Date(2026, 2, 1, 9, 30).toISOString() });
  });

  it('fills and reads the date in the owner\'s zone when given, whatever this computer\'s is', () => {
    const draft = emptyLogDraft('stalled', 'EUR', new Date('2026-11-01T23:30:00.000Z'), 'Europe/Paris');
    expect(draft.occurredAt).toBe('2026-11-02T00:30');
    const touched = { ...draft, occurredAt: '2026-11-02T00:30', isDateTouched: true };
    expect(requestFrom(touched, 'c1', 'Europe/Paris').input).toMatchObject({ lastExchangeAt: '2026-11-01T23:30:00.000Z' });
    expect(requestFrom(touched, 'c1', 'America/New_York').input).toMatchObject({ lastExchangeAt: '2026-11-02T05:30:00.000Z' });
  });

  it('make a request the contract accepts for every kind', () => {
    for (const kind of logKinds) {
      const { method, input } = requestFrom({ ...emptyLogDraft(kind, 'EUR'), amount: '12,50', items: '2 × Mug', link: 'https://shop.example/c' }, 'c1');
      expect(contract[method].input.safeParse(input).success, kind).toBe(true);
    }
  });

  it('sends the status chosen for an order, a gift or a cart, and none the kind does not offer', () => {
    expect(requestFrom({ ...emptyLogDraft('order', 'EUR'), outcome: 'pending' }, 'c1').input).toMatchObject({ type: 'order', outcome: 'pending' });
    expect(requestFrom({ ...emptyLogDraft('abandoned_cart', 'EUR'), outcome: 'recovered' }, 'c1').input).toMatchObject({ outcome: 'recovered' });
    // Left from an order before the kind changed: a cart cannot be "pending".
    expect(requestFrom({ ...emptyLogDraft('abandoned_cart', 'EUR'), outcome: 'pending' }, 'c1').input).toMatchObject({ outcome: null });
    expect(requestFrom({ ...emptyLogDraft('donation', 'EUR') }, 'c1').input).toMatchObject({ outcome: null });
  });

  it('logs a stalled prospect through its own method', () => {
    const draft = { ...emptyLogDraft('stalled', 'EUR'), interest: 'Workshop', note: 'Quiet since May' };
    expect(requestFrom(draft, 'c1')).toEqual({ method: 'prospects.logStalled', input: { contactId: 'c1', interest: 'Workshop', lastExchangeAt: null, note: 'Quiet since May' } });
  });

  it('writes datetime-local values with zero padding', () => {
    expect(toLocalInput(new Date(2026, 0, 5, 7, 3))).toBe('2026-01-05T07:03');
  });
});
