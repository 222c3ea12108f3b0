import { describe, expect, it } from 'vitest';
import { compileTemplate, composeMessage } from './compose-message';
import { mergeValues, type BusinessIdentity } from './merge-values';
import { shippedTemplate } from './shipped-templates';

// What a message takes from stored rows is checked again when it is composed, whatever an older
// import let through: a cart link is a web address or nothing, a name cannot reverse the text.

const business: BusinessIdentity = {
  businessName: 'Atelier Lumière',
  senderName: 'Claire',
  replyAddress: 'claire@example.com',
  postalAddress: '1 rue de la Paix, 75002 Paris',
  website: 'https://atelier.example.com',
  googlePlaceId: '',
  promoCode: 'MERCI10',
};
const contact = { firstName: 'Ana', lastName: 'Duval', email: 'ana@example.com' };
const cartWith = (checkoutLink: string) => ({ cartItems: [{ name: 'Linen apron', quantity: 1 }], cartValueMinor: 4500, currency: 'EUR', checkoutLink });

describe('a cart message', () => {
  const compiled = compileTemplate(shippedTemplate({ program: 'cart-recovery', step: 1, language: 'en' })!, 'en');

  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'not a link'])('never carries the stored link %s', (link) => {
    const values = mergeValues(contact, business, cartWith(link), 'en');
    expect(values.checkout_link).toBe('');
    const message = composeMessage(compiled, values);
    expect(message.ok).toBe(true);
    if (message.ok) expect(message.text).not.toContain(link);
  });

  it('carries a web link as stored', () => {
    const link = 'https://shop.example.com/cart/42?token=abc';
    const message = composeMessage(compiled, mergeValues(contact, business, cartWith(link), 'en'));
    expect(message.ok && message.text).toContain(link);
  });

  it('isolates a name with a bidi override, and only such a name', () => {
    const values = mergeValues({ ...contact, firstName: 'Ana\u202Eevil' }, business, cartWith(''), 'en');
    expect(values.first_name).toBe('\u2068Ana\u202Eevil\u2069');
    expect(values.last_name).toBe('Duval');
    expect(mergeValues(contact, business, cartWith(''), 'en').first_name).toBe('Ana');
  });
});
