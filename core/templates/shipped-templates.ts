// The texts Relance ships, one per program, step and language (DESIGN.md §1). The owner edits
// them; these are the starting point and the reset value. Cart 1 recalls the cart and the
// quality, no discount; cart 2 the guarantee, reviews and a person to talk to; cart 3 the promo
// code; reactivation is short and plain with one question; the review request carries the
// Google link, no incentive, and goes to every customer, not only happy ones.

import type { ProgramId } from '../../api';

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
};

type Shipped = Record<ProgramId, Record<number, Record<TemplateLanguage, TemplateText>>>;

export const SHIPPED: Shipped = {
  'cart-recovery': {
    1: {
      en: {
        subject: 'Your cart at {{business_name}}',
        body: `Hello {{first_name|}},

You left {{cart_items|a few items}} in your cart at {{business_name}}. We kept it for you: {{checkout_link|our shop}}

Everything we sell is chosen and checked with care, and it is made to last.

{{sender_name}}`,
      },
      fr: {
        subject: 'Votre panier chez {{business_name}}',
        body: `Bonjour {{first_name|}},

Vous avez laissé {{cart_items|quelques articles}} dans votre panier chez {{business_name}}. Nous l’avons gardé pour vous : {{checkout_link|notre boutique}}

Tout ce que nous vendons est choisi et vérifié avec soin, et fait pour durer.

{{sender_name}}`,
      },
    },
    2: {
      en: {
        subject: 'A question about your order?',
        body: `Hello {{first_name|}},

If something held you back, we are happy to help. Every order comes with our guarantee, and our customers’ reviews say more than we could.

Reply to this message to talk to a person, or find the answers to common questions on {{website|our website}}.

Your cart is still here: {{checkout_link|our shop}}

{{sender_name}}`,
      },
      fr: {
        subject: 'Une question sur votre commande ?',
        body: `Bonjour {{first_name|}},

Si quelque chose vous a retenu, nous sommes là pour vous aider. Chaque commande est couverte par notre garantie, et les avis de nos clients en disent plus que nous.

Répondez à ce message pour parler à une personne, ou trouvez les réponses aux questions fréquentes sur {{website|notre site}}.

Votre panier vous attend toujours : {{checkout_link|notre boutique}}

{{sender_name}}`,
      },
    },
    3: {
      en: {
        subject: 'A little something for your cart',
        body: `Hello {{first_name|}},

To help you decide, here is a code for your order at {{business_name}}: {{promo_code}}

Your cart: {{checkout_link|our shop}}

{{sender_name}}`,
      },
      fr: {
        subject: 'Un petit geste pour votre panier',
        body: `Bonjour {{first_name|}},

Pour vous aider à vous décider, voici un code pour votre commande chez {{business_name}} : {{promo_code}}

Votre panier : {{checkout_link|notre boutique}}

{{sender_name}}`,
      },
    },
  },
  reactivation: {
    1: {
      en: {
        subject: 'Still interested?',
        body: `Hello {{first_name|}},

Are you still interested in {{interest|what we do}}?

{{sender_name}}`,
      },
      fr: {
        subject: 'Toujours intéressé ?',
        body: `Bonjour {{first_name|}},

Êtes-vous toujours intéressé par {{interest|ce que nous faisons}} ?

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

Your order from {{business_name}} arrived a few days ago. Would you tell others what you think of it, good or bad? It takes a minute on Google:

{{review_link}}

Thank you,
{{sender_name}}`,
      },
      fr: {
        subject: 'Votre commande vous plaît-elle ?',
        body: `Bonjour {{first_name|}},

Votre commande chez {{business_name}} est arrivée il y a quelques jours. Voulez-vous dire aux autres ce que vous en pensez, en bien comme en moins bien ? Cela prend une minute sur Google :

{{review_link}}

Merci,
{{sender_name}}`,
      },
    },
    2: {
      en: {
        subject: 'A minute for a review?',
        body: `Hello {{first_name|}},

A short reminder, and the last one: your opinion of {{business_name}} helps other people choose.

{{review_link}}

{{sender_name}}`,
      },
      fr: {
        subject: 'Une minute pour un avis ?',
        body: `Bonjour {{first_name|}},

Un petit rappel, et le dernier : votre avis sur {{business_name}} aide d’autres personnes à choisir.

{{review_link}}

{{sender_name}}`,
      },
    },
  },
};

export const shippedTemplate = ({ program, step, language }: TemplateKey): TemplateText | undefined => SHIPPED[program][step]?.[language];
