import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import { policyFlagsInReason } from './policy-in-reason';
import { describeReason } from './reason-words';

// As core/outbox/review-policy-hold.test.ts shows core writing them.
const reason = 'review request, 5 days after delivery; held: Google forbids offering anything in return for a review (“10% off”), change the text; '
  + 'held: Google forbids asking only for good reviews (“Si vous êtes satisfaite”), change the text';

describe('a review request held by Google’s policy', () => {
  it('reads the rules the text breaks back from the reason', () => {
    expect(policyFlagsInReason(reason)).toEqual([
      { kind: 'incentive', phrase: '10% off' },
      { kind: 'gating', phrase: 'Si vous êtes satisfaite' },
    ]);
    expect(policyFlagsInReason('review request, 5 days after delivery')).toEqual([]);
  });

  it('says why in French and in English', () => {
    expect(describeReason(reason, translator('fr'), 'fr')).toContain(
      'en attente : le texte offre quelque chose en échange d’un avis (« 10% off »), ce que Google interdit ; modifiez-le',
    );
    expect(describeReason(reason, translator('en'), 'en')).toContain('held: it asks only for good reviews (“Si vous êtes satisfaite”), which Google forbids; change the text');
  });
});
