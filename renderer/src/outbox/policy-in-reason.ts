import type { ReviewPolicyFlag } from '../../../api';

// Core holds a review request that breaks Google's policy with a clause such as
// "held: Google forbids offering anything in return for a review (“10% off”), change the text"
// (core/outbox/review-policy-hold.ts).
export const HELD_BY_POLICY = /^held: Google forbids (offering anything in return for a review|asking only for good reviews) \(“(.+)”\), change the text$/;

export const policyKindOf = (words: string): ReviewPolicyFlag['kind'] => (words.startsWith('offering') ? 'incentive' : 'gating');

export const policyFlagsInReason = (reason: string): ReviewPolicyFlag[] =>
  reason.split('; ').flatMap((part) => {
    const match = HELD_BY_POLICY.exec(part.trim());
    return match ? [{ kind: policyKindOf(match[1]!), phrase: match[2]! }] : [];
  });
