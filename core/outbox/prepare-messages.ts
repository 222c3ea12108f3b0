import type { ProgramId, Settings } from '../../api';
import { cartAnchor, latestCart, planCartRecovery } from '../programs/cart-recovery';
import { checkMessage, type CheckRules } from '../programs/checks';
import { spaceMessages } from '../programs/frequency-cap';
import type { PlannedMessage } from '../programs/program-types';
import { planReactivation, silentSinceOver3Years } from '../programs/reactivation';
import { stampDay } from '../programs/program-types';
import { planReviewRequest } from '../programs/review-request';
import { isProgramOn } from '../programs/program-switch';
import { isFollowed, planStagePrograms, stageHandover } from './stage-plans';
import { composeMessage, hasFooter, type Composed } from '../templates/compose-message';
import { mergeValues } from '../templates/merge-values';
import type { MergeValues } from '../templates/render-template';
import type { TemplateLanguage } from '../templates/shipped-templates';
import { DAY_MS } from '../time-units';
import { aboutFor, businessOf } from './message-context';
import { editedKey, type ContactFile } from './outbox-facts';
import { recipientZone } from './recipient-zone';
import { holdForReviewPolicy, namesOf } from './review-policy-hold';
import type { TemplateSource } from './template-source';

// A cart older than this is not enrolled: the sequence is about the days after the abandonment.
export const CART_ENROL_DAYS = 7;
// A delivery is followed for its request and reminder, and two weeks of slack for deferrals.
export const reviewEnrolDays = ({ afterDays, reminderDays }: Settings['reviewRequest']): number => afterDays + reminderDays + 14;

export type Prepared = {
  planned: PlannedMessage;
  channel: 'email' | 'sms';
  language: TemplateLanguage;
  composed: Composed;
  // The plan as it stood before missing merge fields held it: what applies once the owner has
  // written this one message by hand.
  beforeFields: PlannedMessage;
};

const FIELD_WORDS: Record<string, string> = {
  promo_code: 'the promo code (Settings → Programs)', review_link: 'the Google Place ID (Settings → Programs)',
  business_name: 'the business name (Settings)', postal_address: 'the postal address (Settings)', reply_address: 'the reply address (Settings)',
  sender_name: 'the sender name (Settings)',
};

// A cart is followed for CART_ENROL_DAYS after it was abandoned, and to its end once its first
// message went (stage-plans.ts).
const isCartFollowed = (file: ContactFile, now: number): boolean => isFollowed(file, latestCart(file.timeline), cartAnchor, 'cart-recovery', CART_ENROL_DAYS, now);

const plansBesideCarts = (file: ContactFile, settings: Settings, now: number, programs: readonly ProgramId[]): PlannedMessage[] => {
  const plans: PlannedMessage[] = [];
  if (programs.includes('review-request') && isProgramOn(settings, 'review-request')) {
    const lastDelivery = file.timeline.filter((f) => f.type === 'delivery').at(-1);
    if (lastDelivery && lastDelivery.occurredAt >= now - reviewEnrolDays(settings.reviewRequest) * DAY_MS) {
      plans.push(...planReviewRequest(file.timeline, file.sent, file.facts, settings.reviewRequest));
    }
  }
  if (programs.includes('reactivation') && settings.reactivation.isEnabled) {
    plans.push(planReactivation(file.timeline, file.sent, file.facts.createdAt, now, settings.reactivation));
  }
  return plans;
};

// What each enabled program wants to send this contact, checked (suppression, legal basis,
// sender identity, window, one a day) and rendered; `programs` limits it (a reactivation
// campaign only asks for reactivation).
export const prepareMessages = (file: ContactFile, settings: Settings, templates: TemplateSource, now: number, programs: readonly ProgramId[]): Prepared[] => {
  const business = businessOf(settings);
  const rule: CheckRules = { window: settings.sendWindow, ...recipientZone(file, settings, now), ownerZone: settings.timeZone, sender: business };
  const silentSince = silentSinceOver3Years(file.timeline, file.facts.createdAt, now);
  const check = (plan: PlannedMessage) => onlyRepermission(checkMessage(plan, file.facts, now, rule), silentSince);
  // Times the one-a-day cap counts: what was sent, then each cart step as it is placed.
  const taken = file.sent.map((m) => m.sentAt);
  const place = (plan: PlannedMessage): PlannedMessage => {
    const [placed] = spaceMessages([check(plan)], taken, rule);
    if (placed!.state !== 'cancelled') taken.push(placed!.scheduledAt);
    return placed!;
  };
  // Cart steps are placed first, one at a time, so each counts from where the one before lands:
  // their rhythm is the program's rule to the hour, while a review request or a reactivation
  // can give way by a day.
  // An unpaid checkout that continues the cart takes the purchase over (stage-plans.ts).
  const carts = programs.includes('cart-recovery') && settings.cartRecovery.isEnabled && isCartFollowed(file, now)
    ? planCartRecovery(file.timeline, file.sent, now, place, stageHandover(file, settings, now))
    : [];
  const stages = planStagePrograms(file, settings, now, programs, place);
  const others = spaceMessages([...plansBesideCarts(file, settings, now, programs), ...stages.beside].map(check), taken, rule);

  const language: TemplateLanguage = file.language === 'en' || file.language === 'fr' ? file.language : settings.messageLanguage;
  const channel = file.email ? 'email' : 'sms';
  return [...carts, ...stages.placed, ...others].map((plan) => {
    const values = mergeValues(file, business, aboutFor(file, plan.program, business.website), language);
    const beforeFields = holdBeforeFields(file, plan, values, language);
    let planned = beforeFields;
    const template = templates(planned.program, planned.step, language);
    const composed: Composed = template ? composeMessage(template, values) : { ok: false, missing: ['template'] };
    if (!composed.ok && planned.state === 'scheduled') {
      const what = composed.missing.map((field) => FIELD_WORDS[field] ?? field.replace(/_/g, ' ')).join(', ');
      planned = { ...planned, state: 'needs-attention', reason: `${planned.reason}; missing: ${what}` };
    }
    if (composed.ok) planned = holdForReviewPolicy(planned, namesOf(values), composed.subject, composed.text);
    return { planned, channel, language, composed, beforeFields };
  });
};

// Beyond 3 years without real contact only the re-permission message may go (docs/practice.md): a
// cart or review message waits, visible with its reason, until the owner logs a real contact.
const onlyRepermission = (plan: PlannedMessage, silentSince: number | null): PlannedMessage => {
  if (silentSince === null || plan.program === 'reactivation' || plan.state === 'cancelled') return plan;
  return {
    ...plan,
    state: 'needs-attention',
    reason: `${plan.reason}; no real contact since ${stampDay(silentSince)}, more than 3 years ago: only the re-permission message may go (log an order, a reply or a call to write again)`,
  };
};

// Holds that apply to the message whatever its text: nobody to reach, or a text the owner
// rewrote without the footer (they saved it while the business identity was incomplete; saving
// it again now adds the footer).
const holdBeforeFields = (file: ContactFile, plan: PlannedMessage, values: MergeValues, language: TemplateLanguage): PlannedMessage => {
  if (plan.state === 'cancelled') return plan;
  if (!file.email && !file.phone) {
    return { ...plan, state: 'needs-attention', reason: `${plan.reason}; no email address or phone number to reach them` };
  }
  const edited = file.edited.get(editedKey(plan.program, plan.anchor, plan.step));
  if (edited === undefined || plan.state !== 'scheduled') return plan;
  const held = holdForReviewPolicy(plan, namesOf(values), edited);
  if (held !== plan) return held;
  if (hasFooter(edited, language, values)) return plan;
  return { ...plan, state: 'needs-attention', reason: `${plan.reason}; the text you wrote lacks the footer (business name, postal address, how to stop): open it and save it again to add it` };
};
