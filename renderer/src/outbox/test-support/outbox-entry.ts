import type { OutboxEntry } from '../../../../api';

// An outbox entry as the host returns it: a first cart message to Ana, planned, not yet sent.
// Tests change only what they are about.
export const outboxEntry = (change: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id: 'm1',
  contact: { id: 'c1', firstName: 'Ana', lastName: 'Lopes', email: 'ana@example.com', phone: null },
  program: 'cart-recovery',
  step: 1,
  steps: 3,
  channel: 'email',
  language: 'fr',
  dueAt: '2026-03-09T10:00:00.000Z',
  scheduledAt: '2026-03-09T10:00:00.000Z',
  state: 'scheduled',
  reason: 'cart 1 of 3, unless they buy or reply',
  subject: 'Votre panier',
  bodyText: '',
  bodyHtml: '',
  isEdited: false,
  phoneLinks: null,
  sentAt: null,
  messageId: null,
  attempts: 0,
  nextAttemptAt: null,
  smtpCode: null,
  enhancedCode: null,
  smtpResponse: null,
  ...change,
});
