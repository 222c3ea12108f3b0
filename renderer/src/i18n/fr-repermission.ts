import type { enRepermission } from './en-repermission';

// Textes français des personnes restées sans réponse au message de re-permission (un segment
// intégré et sa carte de l'accueil), mêmes clés que en-repermission.ts.
export const frRepermission: Record<keyof typeof enRepermission, string> = {
  'segment.repermissionUnanswered':
    'Personnes qui ont reçu le message de nouveau consentement il y a plus de {days} et n’ont jamais répondu (ni commande, ni don, ni réponse, ni appel, ni rendez-vous, ni nouvel accord depuis) : pensez à les effacer.',
  'home.card.repermission-unanswered.zero': 'Aucun message de re-permission sans réponse depuis plus de {period}',
  'home.card.repermission-unanswered.one': '{count} personne a reçu le message de re-permission il y a plus de {period} sans jamais répondre\u00a0: pensez à l’effacer',
  'home.card.repermission-unanswered.other': '{count} personnes ont reçu le message de re-permission il y a plus de {period} sans jamais répondre\u00a0: pensez à les effacer',
};
