import type { ProgramId, Settings } from '../../api';

// Which setting holds each program's switches (on/off, send automatically).
export const SWITCH_KEYS = {
  'cart-recovery': 'cartRecovery',
  reactivation: 'reactivation',
  'review-request': 'reviewRequest',
  'checkout-unpaid': 'checkoutUnpaid',
  'product-viewed': 'productViewed',
  'quote-follow-up': 'quoteFollowUp',
} as const satisfies Record<ProgramId, keyof Settings>;

export const programSwitch = (settings: Settings, program: ProgramId): { isEnabled: boolean; isAutomatic: boolean } => settings[SWITCH_KEYS[program]];

export const isProgramOn = (settings: Settings, program: ProgramId): boolean => programSwitch(settings, program).isEnabled;
