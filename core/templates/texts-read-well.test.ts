import { describe, expect, it } from 'vitest';
import type { MessageOffers } from '../../api';
import { compileTemplate, composeMessage, hasFooter } from './compose-message';
import { elideBefore } from './french-elision';
import { mergeValues, type BusinessIdentity, type MessageSubject } from './merge-values';
import { renderTemplate } from './render-template';
import { programIds, programSteps, shippedTemplate, type ProgramId, type TemplateLanguage } from './shipped-templates';

const noOffers: MessageOffers = { guaranteeFr: '', guaranteeEn: '', reviewsUrl: '', faqUrl: '', promoOfferFr: '', promoOfferEn: '', promoCodeFr: '', promoCodeEn: '' };
const offers: MessageOffers = {
  guaranteeFr: '30 jours pour changer d’avis.',
  guaranteeEn: '30 days to change your mind',
  reviewsUrl: 'https://shop.example.com/avis',
  faqUrl: 'https://shop.example.com/faq',
  promoOfferFr: '10 % de réduction',
  promoOfferEn: '10% off',
  promoCodeFr: 'MERCI10',
  promoCodeEn: 'THANKS10',
};
const business = (extra: Partial<BusinessIdentity> = {}): BusinessIdentity => ({
  businessName: 'Atelier Lumière',
  senderName: 'Claire',
  replyAddress: 'claire@example.com',
  postalAddress: '3 rue des Lilas, 69001 Lyon',
  website: 'https://shop.example.com',
  googlePlaceId: 'ChIJ-example',
  promoCode: 'LIVRAISON',
  offers: noOffers,
  ...extra,
});
const cart: MessageSubject = {
  cartItems: [{ name: 'Tablier en lin', quantity: 1 }, { name: 'Savon au miel', quantity: 2 }],
  checkoutLink: 'https://shop.example.com/cart/42',
};
const ana = { firstName: 'Ana', lastName: 'Duval', email: 'ana@example.com' };

const render = (program: ProgramId, step: number, language: TemplateLanguage, identity = business(), about: MessageSubject = cart, contact: typeof ana & { interest?: string } = ana) => {
  const message = composeMessage(compileTemplate(shippedTemplate({ program, step, language })!, language), mergeValues(contact, identity, about, language));
  if (!message.ok) throw new Error(`${program} ${step} ${language}: missing ${message.missing.join(', ')}`);
  return message;
};

// The body without the footer, as the reader meets it.
const bodyOf = (text: string) => text.slice(0, text.indexOf('\n\n--\n'));

describe('sections: a sentence that needs a value is left out cleanly without it', () => {
  it('keeps or leaves out {{#field}}…{{/field}}, and {{^field}} is the reverse', () => {
    const source = 'Hi.\n\n{{#faq_url}}\nAnswers: {{faq_url}}\n{{/faq_url}}\n{{^faq_url}}\nReply to ask.\n{{/faq_url}}\n\nBye';
    expect(renderTemplate(source, { faq_url: 'https://x.example/faq' })).toEqual({ ok: true, text: 'Hi.\n\nAnswers: https://x.example/faq\n\nBye' });
    expect(renderTemplate(source, { faq_url: ' ' })).toEqual({ ok: true, text: 'Hi.\n\nReply to ask.\n\nBye' });
  });

  it('leaves no double space or space before punctuation when an inline section goes', () => {
    expect(renderTemplate('Our guarantee {{#g}}({{g}}) {{/g}}is yours.', {})).toEqual({ ok: true, text: 'Our guarantee is yours.' });
    expect(renderTemplate('Thanks {{#n}}to {{n}}{{/n}}.', {})).toEqual({ ok: true, text: 'Thanks.' });
  });

  it('never counts a field inside its own section as missing, but does outside it', () => {
    expect(renderTemplate('{{#promo_code}}Code: {{promo_code}}{{/promo_code}}', {})).toEqual({ ok: true, text: '' });
    expect(renderTemplate('{{#x}}{{promo_code}}{{/x}}', { x: 'y' })).toEqual({ ok: false, missing: ['promo_code'] });
  });
});

describe('French elision and contraction', () => {
  const fr = (source: string, value: string) => renderTemplate(source, { business_name: value }, { language: 'fr' });
  it('writes d’, qu’, l’ before a vowel or a mute h, and nothing before a consonant or after chez', () => {
    expect(fr('des nouvelles de {{business_name}}', 'Atelier Lumière')).toEqual({ ok: true, text: 'des nouvelles d’Atelier Lumière' });
    expect(fr('De {{business_name}}, avec soin', 'Élise & Co')).toEqual({ ok: true, text: 'D’Élise & Co, avec soin' });
    expect(fr('plus que {{business_name}}', 'Yves Rocher')).toEqual({ ok: true, text: 'plus qu’Yves Rocher' });
    expect(fr('de {{business_name}}', 'Hôtel du Lac')).toEqual({ ok: true, text: 'd’Hôtel du Lac' });
    expect(fr('de {{business_name}}', 'Hameau des Pins')).toEqual({ ok: true, text: 'de Hameau des Pins' });
    expect(fr('de {{business_name}}', 'Maison Sauvage')).toEqual({ ok: true, text: 'de Maison Sauvage' });
    expect(fr('chez {{business_name}}', 'Atelier Lumière')).toEqual({ ok: true, text: 'chez Atelier Lumière' });
    expect(fr('le monde {{business_name}}', 'Atelier')).toEqual({ ok: true, text: 'le monde Atelier' });
  });

  it('merges de and à with le and les', () => {
    expect(fr('des nouvelles de {{business_name}}', 'Le Petit Atelier')).toEqual({ ok: true, text: 'des nouvelles du Petit Atelier' });
    expect(fr('bienvenue à {{business_name}}', 'Les Jardins')).toEqual({ ok: true, text: 'bienvenue aux Jardins' });
    expect(fr('de {{business_name}}', 'La Poste')).toEqual({ ok: true, text: 'de La Poste' });
    expect(elideBefore('Vous bénéficiez de ', 'la livraison offerte')).toEqual({ before: 'Vous bénéficiez de ', value: 'la livraison offerte' });
  });

  it('leaves English alone', () => {
    expect(renderTemplate('News de {{business_name}}', { business_name: 'Atelier' }, { language: 'en' })).toEqual({ ok: true, text: 'News de Atelier' });
  });
});

describe('the shipped texts read as whole sentences', () => {
  it('cart 1 lists the items one a line and links the cart', () => {
    expect(bodyOf(render('cart-recovery', 1, 'fr').text)).toBe(`Bonjour Ana,

Vous avez laissé quelques articles dans votre panier chez Atelier Lumière : nous les avons mis de côté pour vous.

Dans votre panier :
• Tablier en lin
• 2 × Savon au miel

Vous pouvez reprendre là où vous en étiez : https://shop.example.com/cart/42

Tout ce que nous vendons est choisi et vérifié avec soin, et fait pour durer.

Claire`);
    expect(bodyOf(render('cart-recovery', 1, 'en', business(), {}).text)).toBe(`Hello Ana,

You left a few things in your cart at Atelier Lumière, and we have put them aside for you.

Everything we sell is chosen and checked with care, and made to last.

Claire`);
  });

  it('cart 2 names the guarantee, the reviews and the questions when they are set', () => {
    expect(bodyOf(render('cart-recovery', 2, 'fr', business({ offers })).text)).toBe(`Bonjour Ana,

Si quelque chose vous a fait hésiter, nous sommes là pour vous aider.

Chaque commande est couverte par notre garantie : 30 jours pour changer d’avis.

Vous pouvez lire ce que nos clients disent de nous : https://shop.example.com/avis

Vous trouverez peut-être votre réponse parmi les questions fréquentes : https://shop.example.com/faq

Si vous préférez poser la question à quelqu’un, répondez simplement à ce message : une vraie personne vous répondra.

Votre panier vous attend toujours : https://shop.example.com/cart/42

Claire`);
    expect(bodyOf(render('cart-recovery', 2, 'en', business({ offers })).text)).toContain('Every order comes with our guarantee: 30 days to change your mind.\n\n');
  });

  it('cart 2 leaves each sentence out when its setting is empty', () => {
    expect(bodyOf(render('cart-recovery', 2, 'en', business({ offers: { ...offers, guaranteeEn: '', faqUrl: '' } }), {}).text)).toBe(`Hello Ana,

If something made you hesitate, we are happy to help.

You can read what our customers say about us: https://shop.example.com/avis

If you would rather ask someone, simply reply to this message: a real person will answer.

Claire`);
    const bare = bodyOf(render('cart-recovery', 2, 'fr').text);
    expect(bare).not.toMatch(/garantie|avis|questions fréquentes|notre site/);
  });

  it('cart 3 says what the code gives, with the code of the message’s language', () => {
    const fr = bodyOf(render('cart-recovery', 3, 'fr', business({ offers })).text);
    expect(fr).toContain('voici un code pour votre commande chez Atelier Lumière : MERCI10\n\nAvec ce code, vous bénéficiez de 10 % de réduction.\n\n');
    const en = bodyOf(render('cart-recovery', 3, 'en', business({ offers })).text);
    expect(en).toContain('here is a code for your order at Atelier Lumière: THANKS10\n\nWith this code, you get 10% off.\n\n');
    // Without a code per language, the one code serves both; without an offer, no sentence about it.
    const plain = bodyOf(render('cart-recovery', 3, 'fr').text);
    expect(plain).toContain('chez Atelier Lumière : LIVRAISON\n\nVotre panier : https://shop.example.com/cart/42');
    expect(plain).not.toContain('Avec ce code');
    const elided = bodyOf(render('cart-recovery', 3, 'fr', business({ offers: { ...offers, promoOfferFr: 'une remise de 5 €' } })).text);
    expect(elided).toContain('Avec ce code, vous bénéficiez d’une remise de 5 €.');
  });

  it('reactivation asks everyone alike, about what they wanted in quotes', () => {
    const fr = render('reactivation', 1, 'fr', business(), {}, { ...ana, interest: 'Atelier poterie pour 8 personnes' });
    expect(fr.subject).toBe('Cela vous intéresse toujours ?');
    expect(bodyOf(fr.text)).toBe('Bonjour Ana,\n\nVous nous aviez parlé de « Atelier poterie pour 8 personnes ». Est-ce toujours d’actualité pour vous ?\n\nClaire');
    expect(bodyOf(render('reactivation', 1, 'fr').text)).toBe('Bonjour Ana,\n\nCe que nous proposons chez Atelier Lumière vous intéresse-t-il toujours ?\n\nClaire');
    const en = render('reactivation', 1, 'en', business(), {}, { ...ana, interest: 'Pottery workshop for 8 people' });
    expect(bodyOf(en.text)).toBe('Hello Ana,\n\nYou were in touch with us about “Pottery workshop for 8 people”. Is it still of interest to you?\n\nClaire');
    expect(bodyOf(render('reactivation', 1, 'en').text)).toBe('Hello Ana,\n\nAre you still interested in what we offer at Atelier Lumière?\n\nClaire');
  });

  it('re-permission elides before the business name', () => {
    expect(render('reactivation', 2, 'fr').text).toContain('recevoir des nouvelles d’Atelier Lumière ?');
    expect(render('reactivation', 2, 'fr', business({ businessName: 'Le Petit Atelier' })).text).toContain('recevoir des nouvelles du Petit Atelier ?');
  });

  it('the review request asks in plain French, good or bad', () => {
    expect(bodyOf(render('review-request', 1, 'fr').text)).toBe(`Bonjour Ana,

Votre commande chez Atelier Lumière est arrivée il y a quelques jours. Pourriez-vous laisser un avis sur Google, qu’il soit bon ou moins bon ? Cela prend une minute :

https://search.google.com/local/writereview?placeid=ChIJ-example

Merci,
Claire`);
  });

  it('the footer offers both a reply and the unsubscribe address', () => {
    expect(render('reactivation', 1, 'fr').text.split('\n').at(-1)).toBe(
      'Vous recevez ce message car vous avez été en contact avec nous. Pour ne plus rien recevoir, répondez « stop » ou désabonnez-vous ici : mailto:claire@example.com?subject=unsubscribe',
    );
    const en = render('reactivation', 1, 'en');
    expect(en.text.split('\n').at(-1)).toBe(
      'You are receiving this because you were in touch with us. To receive no more messages, reply "stop" or unsubscribe here: mailto:claire@example.com?subject=unsubscribe',
    );
    expect(en.html).toContain('<a href="mailto:claire@example.com?subject=unsubscribe">');
  });

  it('every text, with and without the optional settings and data, has no gap, no bare de, no stray punctuation', () => {
    const cases = [
      { identity: business({ offers }), about: cart, contact: { ...ana, interest: 'Atelier poterie' } },
      { identity: business({ senderName: '', website: '' }), about: {}, contact: { ...ana, firstName: '' } },
    ];
    for (const program of programIds) {
      for (const step of programSteps[program]) {
        for (const language of ['fr', 'en'] as const) {
          for (const { identity, about, contact } of cases) {
            const { subject, text } = render(program, step, language, identity, about, contact);
            const where = `${program} ${step} ${language}`;
            expect(text, where).not.toMatch(/\n{3,}|  | [,.]|\{\{|\}\}|^\s|\s$/);
            expect(text, where).not.toMatch(/\bde [AEÉIOUaeéiou]|\bque [AEIOUaeiou]/);
            expect(subject, where).not.toMatch(/  |^\s|\s$/);
            // French puts a space before : ; ? ! and English does not.
            const words = bodyOf(text).replace(/https:\S+/g, 'URL');
            if (language === 'fr') expect(words, where).not.toMatch(/\S[:;?!]/);
            else expect(words, where).not.toMatch(/ [:;?!]/);
            // No word in French that addresses only a man or only a woman.
            if (language === 'fr') expect(text, where).not.toMatch(/intéressée?\b|retenue?\b|satisfaite?\b|ravie?\b/);
          }
        }
      }
    }
  });
});

describe('a message the owner rewrote before the footer named the unsubscribe address', () => {
  it('still counts as ending with the footer, in both languages, and a text without one does not', () => {
    const values = { business_name: 'Atelier Lumière', postal_address: '3 rue des Lilas, 69001 Lyon', reply_address: 'claire@example.com' };
    const before = 'Bonjour,\n\n--\nAtelier Lumière, 3 rue des Lilas, 69001 Lyon\nVous recevez ce message car vous avez été en contact avec nous. Pour ne plus rien recevoir, répondez « stop » ou écrivez à claire@example.com.';
    expect(hasFooter(before, 'fr', values)).toBe(true);
    expect(hasFooter(render('reactivation', 1, 'en').text, 'en', values)).toBe(true);
    expect(hasFooter('Hello,\n\nClaire', 'en', values)).toBe(false);
  });
});
