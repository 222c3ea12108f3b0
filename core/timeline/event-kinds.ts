// Real contact with a person (docs/practice.md): a purchase, a gift, an answer, a conversation; a
// sent message is not one. "exchange" is the last exchange logged for a stalled prospect.
export const MEANINGFUL_TYPES = ['order', 'donation', 'reply', 'call', 'meeting', 'exchange'] as const;
