// Where the mailbox's facts are kept in the settings table (mailbox-store.ts). Apart so that
// `relance send-due` can look at a pause (nothing-to-send.ts) without loading the contract.
export const MAILBOX_KEYS = {
  config: 'mailbox',
  pause: 'mailbox.pause',
  sendingPaused: 'sending.paused',
  seenCertificate: 'mailbox.seenCertificate',
} as const;
