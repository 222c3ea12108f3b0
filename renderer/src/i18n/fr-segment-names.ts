import type { enSegmentNames } from './en-segment-names';

// Le nom unique de chaque segment intégré, mêmes clés que en-segment-names.ts.
export const frSegmentNames: Record<keyof typeof enSegmentNames, string> = {
  'segment.name.carts-to-recover': 'Paniers à relancer',
  'segment.name.lapsed-customers': 'Clients inactifs',
  'segment.name.lybunt': 'Donateurs LYBUNT',
  'segment.name.sybunt': 'Donateurs SYBUNT',
  'segment.name.silent-prospects': 'Prospects silencieux',
  'segment.name.review-ready': 'Prêts pour une demande d’avis',
  'segment.name.beyond-3-years': 'Au-delà de {years}',
  'segment.name.repermission-unanswered': 'Re-permission sans réponse',
};
