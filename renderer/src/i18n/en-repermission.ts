// English texts of the people who never answered their re-permission message (a built-in
// segment and its Home card), spread into en.ts; fr-repermission.ts has the same keys.
export const enRepermission = {
  'segment.repermissionUnanswered':
    'People who got the re-permission message more than {days} ago and never answered (no order, donation, reply, call, meeting or new consent since): consider erasing them.',
  'home.card.repermission-unanswered.zero': 'No re-permission message left unanswered for over {period}',
  'home.card.repermission-unanswered.one': '{count} person got the re-permission message more than {period} ago and never answered: consider erasing them',
  'home.card.repermission-unanswered.other': '{count} people got the re-permission message more than {period} ago and never answered: consider erasing them',
} as const;
