import { describe, expect, it } from 'vitest';
import { compileTemplate, composeMessage } from './compose-message';
import { writeReviewLink as reviewLink } from '../../api';
import { mergeValues, type BusinessIdentity } from './merge-values';
import { parseTemplate, renderTemplate } from './render-template';
import { programIds, programSteps, SHIPPED, shippedTemplate, type TemplateLanguage } from './shipped-templates';
import { textToHtml } from './text-to-html';

const business: BusinessIdentity = {
  businessName: 'Atelier Lumière',
  senderName: 'Claire',
  replyAddress: 'claire@example.com',
  postalAddress: '3 rue des Lilas, 69001 Lyon',
  website: 'https://shop.example.com/faq',
  googlePlaceId: 'ChIJ-example',
  promoCode: 'LIVRAISON',
};
const cart = {
  cartItems: [{ name: 'Lampe Alba', quantity: 1 }, { name: 'Abat-jour', quantity: 2 }],
  cartValueMinor: 12_950,
  currency: 'EUR',
  checkoutLink: 'https://shop.example.com/cart/42',
};

describe('merge fields', () => {
  it('fills fields and falls back when a value is empty', () => {
    expect(renderTemplate('Hello {{first_name|there}}, {{business_name}}', { first_name: 'Ana', business_name: 'Shop' })).toEqual({ ok: true, text: 'Hello Ana, Shop' });
    expect(renderTemplate('Hello {{first_name|there}}!', { first_name: '  ' })).toEqual({ ok: true, text: 'Hello there!' });
  });

  it('drops the space before punctuation when an optional value is empty: never "Hello ,"', () => {
    expect(renderTemplate('Hello {{first_name|}},', {})).toEqual({ ok: true, text: 'Hello,' });
    expect(renderTemplate('Bonjour {{first_name|}},\nMerci', { first_name: null })).toEqual({ ok: true, text: 'Bonjour,\nMerci' });
  });

  it('names every missing required field instead of rendering', () => {
    expect(renderTemplate('{{promo_code}} {{review_link}} {{promo_code}}', { review_link: '' })).toEqual({ ok: false, missing: ['promo_code', 'review_link'] });
  });

  it('never evaluates template syntax found in a value', () => {
    const result = renderTemplate('Hi {{first_name}}, code {{promo_code}}', { first_name: '{{promo_code}} ${x} <%= x %>', promo_code: 'SECRET' });
    expect(result).toEqual({ ok: true, text: 'Hi {{promo_code}} ${x} <%= x %>, code SECRET' });
  });

  it('lists the fields a template uses', () => {
    expect(parseTemplate('{{a}} {{ b | x }} {{a}} {{not a field}}').fields).toEqual(['a', 'b']);
  });
});

describe('HTML version', () => {
  it('escapes markup from contact data and links web addresses', () => {
    const html = textToHtml('Hi <script>alert(1)</script> & "you"\n\nSee https://shop.example.com/cart?a=1&b=2.');
    expect(html).toContain('<p>Hi &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;you&quot;</p>');
    expect(html).toContain('<a href="https://shop.example.com/cart?a=1&amp;b=2">https://shop.example.com/cart?a=1&amp;b=2</a>.');
    expect(html).not.toContain('<script>');
  });
});

const hostileNames = ['<img src=x onerror=alert(1)>', '=HYPERLINK("http://evil.example","x")', '{{promo_code}}', "Robert'); DROP TABLE contacts;--", 'Zoë\r\nBcc: victim@example.com'];

describe('shipped templates', () => {
  const languages: TemplateLanguage[] = ['en', 'fr'];
  const every = programIds.flatMap((program) => programSteps[program].flatMap((step) => languages.map((language) => ({ program, step, language }))));

  it('exist for every program, step and language', () => {
    for (const key of every) expect(shippedTemplate(key), JSON.stringify(key)).toBeDefined();
    expect(Object.keys(SHIPPED).sort()).toEqual([...programIds].sort());
  });

  it('render for a contact with and without a first name, with the footer', () => {
    for (const key of every) {
      const compiled = compileTemplate(shippedTemplate(key)!, key.language);
      for (const firstName of ['Ana', '']) {
        const message = composeMessage(compiled, mergeValues({ firstName, lastName: 'Duval', email: 'a@example.com' }, business, cart, key.language));
        expect(message.ok, JSON.stringify(key)).toBe(true);
        if (!message.ok) continue;
        expect(message.text).toContain(business.postalAddress);
        expect(message.text).toContain(`mailto:${business.replyAddress}?subject=unsubscribe`);
        expect(message.text).not.toMatch(/ ,|\{\{|\}\}/);
      }
    }
  });

  it('follow the practice: no discount before cart 3, the review link without incentive', () => {
    for (const language of languages) {
      for (const step of [1, 2]) expect(shippedTemplate({ program: 'cart-recovery', step, language })!.body).not.toContain('promo_code');
      expect(shippedTemplate({ program: 'cart-recovery', step: 3, language })!.body).toContain('{{promo_code}}');
      expect(shippedTemplate({ program: 'review-request', step: 1, language })!.body).toContain('{{review_link}}');
      expect(shippedTemplate({ program: 'review-request', step: 1, language })!.body).not.toMatch(/discount|réduction|code/i);
    }
  });

  it('keep hostile names as text: escaped in HTML, one line in the subject', () => {
    const compiled = compileTemplate({ subject: 'For {{first_name}}', body: SHIPPED['cart-recovery'][1]!.en.body }, 'en');
    for (const firstName of hostileNames) {
      const message = composeMessage(compiled, mergeValues({ firstName, lastName: '', email: null }, business, cart, 'en'));
      if (!message.ok) throw new Error('expected a message');
      expect(message.text).toContain(firstName.trim());
      expect(message.html).not.toContain('<img');
      expect(message.text).not.toContain(business.promoCode);
      expect(message.subject).not.toMatch(/[\r\n]/);
    }
  });

  it('goes to needs-attention when the business identity or the promo code is missing', () => {
    const compiled = compileTemplate(shippedTemplate({ program: 'cart-recovery', step: 3, language: 'fr' })!, 'fr');
    const values = mergeValues({ firstName: 'Ana', lastName: '', email: null }, { ...business, promoCode: '', postalAddress: ' ' }, cart, 'fr');
    expect(composeMessage(compiled, values)).toEqual({ ok: false, missing: ['promo_code', 'postal_address'] });
  });

  it('formats cart values and item lists per language', () => {
    const fr = mergeValues({ firstName: 'Ana', lastName: '', email: null }, business, cart, 'fr');
    expect(fr.cart_value).toBe('129,50\u00a0€');
    expect(fr.cart_items).toBe('Lampe Alba et Abat-jour');
    expect(fr.cart_list).toBe('• Lampe Alba\n• 2 × Abat-jour');
    const three = { cartItems: ['Linen apron', 'Honey soap', 'Beeswax candle'].map((name) => ({ name, quantity: 1 })) };
    expect(mergeValues({ firstName: '', lastName: '', email: null }, business, three, 'en').cart_items).toBe('Linen apron, Honey soap and Beeswax candle');
    expect(mergeValues({ firstName: '', lastName: '', email: null }, business, three, 'fr').cart_items).toBe('Linen apron, Honey soap et Beeswax candle');
  });

  it('builds the Google write-review link from the Place ID', () => {
    expect(reviewLink('ChIJ-example')).toBe('https://search.google.com/local/writereview?placeid=ChIJ-example');
    expect(reviewLink('  ')).toBe('');
  });
});
