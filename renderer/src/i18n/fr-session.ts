import type { enSession } from './en-session';

// Textes français de la session de l’hôte navigateur (la clé de l’adresse affichée), mêmes clés que en-session.ts.
export const frSession: Record<keyof typeof enSession, string> = {
  'session.noKey': 'Ouvrez l’adresse affichée par relance web (elle se termine par #token=…).',
};
