import type { ProgramId, Settings } from '../../api';
import { planCartRecovery } from '../programs/cart-recovery';
import { checkMessage } from '../programs/checks';
import { spaceMessages } from '../programs/frequency-cap';
import type { PlannedMessage } from '../programs/program-types';
import { planReactivation } from '../programs/reactivation';
import { planReviewRequest } from '../programs/review-request';
import { composeMessage, type Composed } from '../templates/compose-message';
import { mergeValues } from '../templates/merge-values';
import type { TemplateLanguage } from '../templates/shipped-templates';
import { DAY_MS } from '../time-units';
import { aboutFor, businessOf } from './message-context';
import type { ContactFile } from './outbox-facts';
import { recipientZone } from './recipient-zone';
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

// What each enabled program wants to send this contact, checked (basis, suppression, window)
// and rendered; `programs` limits it (a reactivation campaign only asks for reactivation).
export const prepareMessages = (file: ContactFile, settings: Settings, templates: TemplateSource, now: number, programs: readonly ProgramId[]): Prepared[] => {
  const plans: PlannedMessage[] = [];
  if (programs.includes('cart-recovery') && settings.cartRecovery.isEnabled) {
    const lastCart = file.timeline.filter((f) => f.type === 'abandoned_cart').at(-1);
    if (lastCart && lastCart.occurredAt >= now - CART_ENROL_DAYS * DAY_MS) plans.push(...planCartRecovery(file.timeline, file.sent, now));
  }
  if (programs.includes('review-request') && settings.reviewRequest.isEnabled) {
    const lastDelivery = file.timeline.filter((f) => f.type === 'delivery').at(-1);
    if (lastDelivery && lastDelivery.occurredAt >= now - reviewEnrolDays(settings.reviewRequest) * DAY_MS) {
      plans.push(...planReviewRequest(file.timeline, file.sent, file.facts, settings.reviewRequest));
    }
  }
  if (programs.includes('reactivation') && settings.reactivation.isEnabled) {
    plans.push(planReactivation(file.timeline, file.sent, file.facts.createdAt, now, settings.reactivation));
  }

  const language: TemplateLanguage = file.language === 'en' || file.language === 'fr' ? file.language : settings.messageLanguage;
  const channel = file.email ? 'email' : 'sms';
  const rule = { window: settings.sendWindow, timeZone: recipientZone(file.country, settings.timeZone) };
  const business = businessOf(settings);
  const checked = spaceMessages(plans.map((plan) => checkMessage(plan, file.facts, now, rule)), file.sent.map((m) => m.sentAt), rule);
  return checked.map((plan) => {
    let planned = plan;
    if (!file.email && !file.phone && planned.state !== 'cancelled') {
      planned = { ...planned, state: 'needs-attention', reason: `${planned.reason}; no email address or phone number to reach them` };
    }
    const beforeFields = planned;
    const template = templates(planned.program, planned.step, language);
    const values = mergeValues(file, business, aboutFor(file, planned.program), language);
    const composed: Composed = template ? composeMessage(template, values) : { ok: false, missing: ['template'] };
    if (!composed.ok && planned.state === 'scheduled') {
      const what = composed.missing.map((field) => FIELD_WORDS[field] ?? field.replace(/_/g, ' ')).join(', ');
      planned = { ...planned, state: 'needs-attention', reason: `${planned.reason}; missing: ${what}` };
    }
    return { planned, channel, language, composed, beforeFields };
  });
};
