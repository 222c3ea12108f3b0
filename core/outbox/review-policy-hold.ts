import { reviewPolicyFlags, type ProgramId, type ReviewPolicyFlag } from '../../api';
import { DomainError } from '../errors';
import type { PlannedMessage } from '../programs/program-types';

// A review request whose text offers a reward or asks only for good reviews breaks Google's
// policy (docs/practice.md): it waits in "needs attention" and cannot be approved until the text
// is changed. The shipped texts never do either; an owner's edit, of the template or of one
// message, is read before it can go.
const CLAUSES: Record<ReviewPolicyFlag['kind'], string> = {
  incentive: 'Google forbids offering anything in return for a review',
  gating: 'Google forbids asking only for good reviews',
};

// Names are data, not the owner's words: a shop called "Le Cadeau Parfait" or a person called
// Bonavis must not read as a reward or a request for good reviews. What the message offers
// (a promo code, an offer) stays in.
const NAMES = ['business_name', 'sender_name', 'first_name', 'last_name', 'email', 'postal_address', 'reply_address', 'interest', 'cart_items', 'cart_list'];
export const namesOf = (values: Readonly<Record<string, string | null | undefined>>): string[] => NAMES.map((name) => values[name]?.trim() ?? '');

const withoutNames = (texts: string[], names: readonly string[]): string[] => {
  const longestFirst = names.filter((name) => name.length > 1).sort((a, b) => b.length - a.length);
  return texts.map((text) => longestFirst.reduce((out, name) => out.replaceAll(name, '…'), text));
};

// "held: Google forbids offering anything in return for a review (“10% off”), change the text".
export const policyClause = (flag: ReviewPolicyFlag): string => `held: ${CLAUSES[flag.kind]} (“${flag.phrase}”), change the text`;

export const holdForReviewPolicy = (plan: PlannedMessage, names: readonly string[], ...texts: string[]): PlannedMessage => {
  if (plan.program !== 'review-request' || plan.state !== 'scheduled') return plan;
  const flags = reviewPolicyFlags(...withoutNames(texts, names));
  if (flags.length === 0) return plan;
  return { ...plan, state: 'needs-attention', reason: [plan.reason, ...flags.map(policyClause)].join('; ') };
};

// Approving such a message is refused with the first rule it breaks, named so each window can
// word it in its own language.
export const refuseReviewPolicy = (message: { program: ProgramId; subject: string; bodyText: string }, names: readonly string[]): void => {
  if (message.program !== 'review-request') return;
  const [flag] = reviewPolicyFlags(...withoutNames([message.subject, message.bodyText], names));
  if (!flag) return;
  const text = `This review request cannot be approved: ${CLAUSES[flag.kind]} (“${flag.phrase}”). Change the text, then approve it.`;
  throw new DomainError('CONFLICT', text, [{ path: 'bodyText', message: text, rule: `review.${flag.kind}`, params: { phrase: flag.phrase } }]);
};
