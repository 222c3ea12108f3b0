import type { ProgramId, TimelineEvent } from '../../../api';
import type { Translate } from '../i18n/i18n';
import { programLabel } from '../outbox/outbox-words';

// Sending writes events itself (core/sending/record-outcome.ts): an English note, and the
// Message-ID as the reference, which is no order number. The window words the note in its own
// language and leaves the Message-ID to the outbox's detail.
export const isFromOutbox = (event: Pick<TimelineEvent, 'source'>): boolean => event.source === 'outbox';

const PROGRAMS: Record<string, ProgramId> = {
  Cart: 'cart-recovery', 'Review request': 'review-request', Reactivation: 'reactivation',
  'Payment reminder': 'checkout-unpaid', 'Product viewed': 'product-viewed', 'Quote follow-up': 'quote-follow-up',
};

// "Cart 2 of 3 sent", "Reactivation sent", "The address bounced: 550 5.1.1 …"; any other note as written.
export const outboxNote = (note: string, t: Translate): string => {
  const sent = note.match(/^(Cart|Review request|Reactivation|Payment reminder|Product viewed|Quote follow-up)(?: (\d+) of (\d+))? sent$/);
  if (sent) {
    const message = programLabel({ program: PROGRAMS[sent[1]!]!, step: Number(sent[2] ?? 1), steps: Number(sent[3] ?? 1) }, t);
    return t('timeline.note.sent', { message });
  }
  const bounced = note.match(/^The address bounced: ([\s\S]+)$/);
  return bounced ? t('timeline.note.bounced', { answer: bounced[1]! }) : note;
};
