import type { ConsentBasis, ContactKind, ProgramId } from '../../api';
import { isPersonalMailbox } from './personal-mailboxes';

// A module of its own: the planner (programs/) and a contact's consent history (contacts/) both
// apply this rule, and neither should import the other for it.

// What the planner knows about a contact to tell whether their legal basis covers a program.
export type BasisFacts = {
  basis: ConsentBasis | null;
  kind: ContactKind;
  // Any order on the timeline: soft opt-in is about existing customers.
  hasOrdered: boolean;
  // The part of the email address after the @, lower-cased; null without an address.
  emailDomain: string | null;
};

const PROGRAM_WORDS: Record<ProgramId, string> = {
  'cart-recovery': 'cart recovery', reactivation: 'reactivation', 'review-request': 'review requests',
  'checkout-unpaid': 'unpaid checkout messages', 'product-viewed': 'product viewed messages', 'quote-follow-up': 'quote follow-ups',
};
const ASK_CONSENT = 'record their consent to send this';

const companyAddressProblem = (facts: BasisFacts): string | null => {
  if (facts.kind !== 'prospect') return `this contact is a ${facts.kind}, not a prospect`;
  if (facts.emailDomain === null) return 'this contact has no email address';
  return isPersonalMailbox(facts.emailDomain) ? `${facts.emailDomain} is a personal mailbox` : null;
};

// Which legal basis allows which program (docs/practice.md, rules of respect), in one place: null
// when the contact's basis covers `program`, otherwise why not, in words the owner can act on.
export const basisRefusal = (program: ProgramId, facts: BasisFacts): string | null => {
  switch (facts.basis) {
    case null:
      return 'needs a legal basis (consent, soft opt-in, legitimate interest…) before it can go';
    case 'consent':
      return null;
    case 'soft-opt-in':
      return facts.hasOrdered ? null : `soft opt-in only covers people who bought before; ${ASK_CONSENT}`;
    case 'legitimate-interest': {
      const problem = companyAddressProblem(facts);
      return problem === null ? null : `B2B legitimate interest only covers prospects at a company address, and ${problem}; ${ASK_CONSENT}`;
    }
    case 'charity-opt-out':
      if (facts.kind === 'donor' && program === 'reactivation') return null;
      return facts.kind === 'donor'
        ? `charity opt-out only covers reactivating donors, not ${PROGRAM_WORDS[program]}; ${ASK_CONSENT}`
        : `charity opt-out only covers reactivating donors, and this contact is a ${facts.kind}; ${ASK_CONSENT}`;
    case 'transactional':
      return `transactional only covers messages about an order or an account, not ${PROGRAM_WORDS[program]}; ${ASK_CONSENT}`;
  }
};
