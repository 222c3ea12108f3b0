// English texts of the browser host's session (the key in the printed address), spread into
// en.ts; fr-session.ts has the same keys.
export const enSession = {
  'session.noKey': 'Open the address printed by relance web (it ends with #token=…).',
} as const;
