// The one name of each built-in segment, by id, used by every page that names one (Home cards,
// Segments, Messages, Outbox) through segmentName() in segments/segment-words.ts; spread into
// en.ts, fr-segment-names.ts has the same keys. {years} is the segment's own parameter.
export const enSegmentNames = {
  'segment.name.carts-to-recover': 'Carts to recover',
  'segment.name.lapsed-customers': 'Lapsed customers',
  'segment.name.lybunt': 'LYBUNT donors',
  'segment.name.sybunt': 'SYBUNT donors',
  'segment.name.silent-prospects': 'Silent prospects',
  'segment.name.review-ready': 'Ready for a review request',
  'segment.name.beyond-3-years': 'Beyond {years}',
  'segment.name.repermission-unanswered': 'Re-permission unanswered',
} as const;
