// The texts Relance ships, one per program, step and language (docs/practice.md). The owner edits
// them; these are the starting point and the reset value. Cart 1 recalls the cart and the
// quality, no discount; cart 2 the guarantee, reviews and a person to talk to; cart 3 the promo
// code; reactivation is short and plain with one question; the review request carries the
// Google link, no incentive, and goes to every customer, not only happy ones. French texts fit
// every reader (no « intéressé » that only a man reads as his), and a sentence that needs a
// setting or a value sits in a {{#field}} section, left out cleanly when it is empty.

import type { ProgramId } from '../../api';
import { STAGE_TEMPLATES, stageSteps } from './stage-templates';

export { programIds, type ProgramId } from '../../api';
export type TemplateLanguage = 'fr' | 'en';

export type TemplateText = { subject: string; body: string };
export type TemplateKey = { program: ProgramId; step: number; language: TemplateLanguage };

// Steps per program: cart 1–3; reactivation 1 and 2 (the single re-permission message beyond
// three years); review request 1 and its one reminder 2.
export const programSteps: Record<ProgramId, readonly number[]> = {
  'cart-recovery': [1, 2, 3],
  reactivation: [1, 2],
  'review-request': [1, 2],
  ...stageSteps,
};

type Shipped = Record<ProgramId, Record<number, Record<TemplateLanguage, TemplateText>>>;

export const SHIPPED: Shipped = {
  'cart-recovery': {
    1: {
      en: {
        subject: 'Your cart at {{business_name}}',
        body: `Hello {{first_name|}},

You left a few things in your cart at {{business_name}}, and we have put them aside for you.

{{#cart_list}}
In your cart:
{{cart_list}}
{{/cart_list}}

{{#checkout_link}}
You can pick up where you left off here: {{checkout_link}}
{{/checkout_link}}

Everything we sell is chosen and checked with care, and made to last.

{{sender_name}}`,
      },
      fr: {
        subject: 'Votre panier chez {{business_name}}',
        body: `Bonjour {{first_name|}},

Vous avez laissé quelques articles dans votre panier chez {{business_name}} : nous les avons mis de côté pour vous.

{{#cart_list}}
Dans votre panier :
{{cart_list}}
{{/cart_list}}

{{#checkout_link}}
Vous pouvez reprendre là où vous en étiez : {{checkout_link}}
{{/checkout_link}}

Tout ce que nous vendons est choisi et vérifié avec soin, et fait pour durer.

{{sender_name}}`,
      },
    },
    2: {
      en: {
        subject: 'A question about your order?',
        body: `Hello {{first_name|}},

If something made you hesitate, we are happy to help.

{{#guarantee}}
Every order comes with our guarantee: {{guarantee}}.
{{/guarantee}}

{{#reviews_url}}
You can read what our customers say about us: {{reviews_url}}
{{/reviews_url}}

{{#faq_url}}
You may find your answer among the common questions: {{faq_url}}
{{/faq_url}}

If you would rather ask someone, simply reply to this message: a real person will answer.

{{#checkout_link}}
Your cart is still waiting for you: {{checkout_link}}
{{/checkout_link}}

{{sender_name}}`,
      },
      fr: {
        subject: 'Une question sur votre commande ?',
        body: `Bonjour {{first_name|}},

Si quelque chose vous a fait hésiter, nous sommes là pour vous aider.

{{#guarantee}}
Chaque commande est couverte par notre garantie : {{guarantee}}.
{{/guarantee}}

{{#reviews_url}}
Vous pouvez lire ce que nos clients disent de nous : {{reviews_url}}
{{/reviews_url}}

{{#faq_url}}
Vous trouverez peut-être votre réponse parmi les questions fréquentes : {{faq_url}}
{{/faq_url}}

Si vous préférez poser la question à quelqu’un, répondez simplement à ce message : une vraie personne vous répondra.

{{#checkout_link}}
Votre panier vous attend toujours : {{checkout_link}}
{{/checkout_link}}

{{sender_name}}`,
      },
    },
    3: {
      en: {
        subject: 'A little something for your cart',
        body: `Hello {{first_name|}},

To help you decide, here is a code for your order at {{business_name}}: {{promo_code}}

{{#promo_offer}}
With this code, you get {{promo_offer}}.
{{/promo_offer}}

{{#checkout_link}}
Your cart: {{checkout_link}}
{{/checkout_link}}

{{sender_name}}`,
      },
      fr: {
        subject: 'Un petit geste pour votre panier',
        body: `Bonjour {{first_name|}},

Pour vous aider à vous décider, voici un code pour votre commande chez {{business_name}} : {{promo_code}}

{{#promo_offer}}
Avec ce code, vous bénéficiez de {{promo_offer}}.
{{/promo_offer}}

{{#checkout_link}}
Votre panier : {{checkout_link}}
{{/checkout_link}}

{{sender_name}}`,
      },
    },
  },
  reactivation: {
    1: {
      en: {
        subject: 'Still interested?',
        body: `Hello {{first_name|}},

{{#interest}}
You were in touch with us about “{{interest}}”. Is it still of interest to you?
{{/interest}}
{{^interest}}
Are you still interested in what we offer at {{business_name}}?
{{/interest}}

{{sender_name}}`,
      },
      fr: {
        subject: 'Cela vous intéresse toujours ?',
        body: `Bonjour {{first_name|}},

{{#interest}}
Vous nous aviez parlé de « {{interest}} ». Est-ce toujours d’actualité pour vous ?
{{/interest}}
{{^interest}}
Ce que nous proposons chez {{business_name}} vous intéresse-t-il toujours ?
{{/interest}}

{{sender_name}}`,
      },
    },
    2: {
      en: {
        subject: 'May we keep writing to you?',
        body: `Hello {{first_name|}},

It has been a long time since we were last in touch. Would you like to keep hearing from {{business_name}}? A one-word reply is enough; without one, we will not write again.

{{sender_name}}`,
      },
      fr: {
        subject: 'Pouvons-nous continuer à vous écrire ?',
        body: `Bonjour {{first_name|}},

Cela fait longtemps que nous n’avons pas échangé. Souhaitez-vous continuer à recevoir des nouvelles de {{business_name}} ? Un mot en réponse suffit ; sans réponse, nous ne vous écrirons plus.

{{sender_name}}`,
      },
    },
  },
  'review-request': {
    1: {
      en: {
        subject: 'How was your order?',
        body: `Hello {{first_name|}},

Your order from {{business_name}} arrived a few days ago. Would you leave a review on Google, good or bad? It takes a minute:

{{review_link}}

Thank you,
{{sender_name}}`,
      },
      fr: {
        subject: 'Que pensez-vous de votre commande ?',
        body: `Bonjour {{first_name|}},

Votre commande chez {{business_name}} est arrivée il y a quelques jours. Pourriez-vous laisser un avis sur Google, qu’il soit bon ou moins bon ? Cela prend une minute :

{{review_link}}

Merci,
{{sender_name}}`,
      },
    },
    2: {
      en: {
        subject: 'A minute for a review?',
        body: `Hello {{first_name|}},

A short reminder, and the last one: your opinion of {{business_name}}, whatever it is, helps other people choose.

{{review_link}}

{{sender_name}}`,
      },
      fr: {
        subject: 'Une minute pour un avis ?',
        body: `Bonjour {{first_name|}},

Un petit rappel, et le dernier : votre avis sur {{business_name}}, quel qu’il soit, aide d’autres personnes à choisir.

{{review_link}}

{{sender_name}}`,
      },
    },
  },
  ...STAGE_TEMPLATES,
};

export const shippedTemplate = ({ program, step, language }: TemplateKey): TemplateText | undefined => SHIPPED[program][step]?.[language];
