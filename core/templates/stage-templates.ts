// The stage programs' texts, in the voice of the others (shipped-templates.ts): short,
// plain, one link. Checkout unpaid 1 says the payment did not go through and gives the link to
// finish (the checkout's own, else the website); 2 and 3 are the cart's later steps about the
// order (the guarantee and a person to talk to, then the promo code). Product viewed is one gentle
// note with no offer. The quote follow-ups ask one question and the last says it is the last.

// The shapes of shipped-templates.ts, written out here: it imports this file, not the reverse.
type TemplateLanguage = 'fr' | 'en';
type TemplateText = { subject: string; body: string };

type StageId = 'checkout-unpaid' | 'product-viewed' | 'quote-follow-up';

export const stageSteps: Record<StageId, readonly number[]> = {
  'checkout-unpaid': [1, 2, 3],
  'product-viewed': [1],
  'quote-follow-up': [1, 2],
};

export const STAGE_TEMPLATES: Record<StageId, Record<number, Record<TemplateLanguage, TemplateText>>> = {
  'checkout-unpaid': {
    1: {
      en: {
        subject: 'Your payment did not go through',
        body: `Hello {{first_name|}},

Your payment to {{business_name}} did not go through, so it is not complete yet. It happens: a card that expired, a bank asking for a confirmation, a page closed a little too soon.

{{#cart_list}}
Your order:
{{cart_list}}
{{/cart_list}}

{{#checkout_link}}
Here is the link to finish: {{checkout_link}}
{{/checkout_link}}

If something went wrong on our side, simply reply to this message and we will sort it out.

{{sender_name}}`,
      },
      fr: {
        subject: 'Votre paiement n’est pas passé',
        body: `Bonjour {{first_name|}},

Votre paiement à {{business_name}} n’est pas passé : il n’est donc pas encore finalisé. Cela arrive : une carte expirée, une banque qui demande une confirmation, une page fermée un peu trop tôt.

{{#cart_list}}
Votre commande :
{{cart_list}}
{{/cart_list}}

{{#checkout_link}}
Voici le lien pour finaliser : {{checkout_link}}
{{/checkout_link}}

Si quelque chose s’est mal passé de notre côté, répondez simplement à ce message et nous arrangerons cela.

{{sender_name}}`,
      },
    },
    2: {
      en: {
        subject: 'A question about your order?',
        body: `Hello {{first_name|}},

If something made you hesitate before paying, we are happy to help.

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
Your order is still waiting for you: {{checkout_link}}
{{/checkout_link}}

{{sender_name}}`,
      },
      fr: {
        subject: 'Une question sur votre commande ?',
        body: `Bonjour {{first_name|}},

Si quelque chose vous a fait hésiter avant de payer, nous sommes là pour vous aider.

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
Votre commande vous attend toujours : {{checkout_link}}
{{/checkout_link}}

{{sender_name}}`,
      },
    },
    3: {
      en: {
        subject: 'A little something for your order',
        body: `Hello {{first_name|}},

To help you decide, here is a code for your order at {{business_name}}: {{promo_code}}

{{#promo_offer}}
With this code, you get {{promo_offer}}.
{{/promo_offer}}

{{#checkout_link}}
Your order: {{checkout_link}}
{{/checkout_link}}

{{sender_name}}`,
      },
      fr: {
        subject: 'Un petit geste pour votre commande',
        body: `Bonjour {{first_name|}},

Pour vous aider à vous décider, voici un code pour votre commande chez {{business_name}} : {{promo_code}}

{{#promo_offer}}
Avec ce code, vous bénéficiez de {{promo_offer}}.
{{/promo_offer}}

{{#checkout_link}}
Votre commande : {{checkout_link}}
{{/checkout_link}}

{{sender_name}}`,
      },
    },
  },
  'product-viewed': {
    1: {
      en: {
        subject: 'A question about what you saw?',
        body: `Hello {{first_name|}},

You had a look at {{business_name}} a few days ago.

{{#cart_list}}
You were looking at:
{{cart_list}}
{{/cart_list}}

No rush: if you have a question (a size, a material, a delivery date), simply reply to this message and a real person will answer.

{{#checkout_link}}
It is here whenever you like: {{checkout_link}}
{{/checkout_link}}

{{sender_name}}`,
      },
      fr: {
        subject: 'Une question sur ce que vous avez vu ?',
        body: `Bonjour {{first_name|}},

Vous avez fait un tour chez {{business_name}} il y a quelques jours.

{{#cart_list}}
Vous regardiez :
{{cart_list}}
{{/cart_list}}

Rien ne presse : si vous avez une question (une taille, une matière, un délai de livraison), répondez simplement à ce message et une vraie personne vous répondra.

{{#checkout_link}}
C’est par ici, quand vous voulez : {{checkout_link}}
{{/checkout_link}}

{{sender_name}}`,
      },
    },
  },
  'quote-follow-up': {
    1: {
      en: {
        subject: 'The quote we sent you',
        body: `Hello {{first_name|}},

We sent you a quote a week ago{{#interest}} for “{{interest}}”{{/interest}} and wanted to make sure it reached you.

Do you have a question about it, or would you like us to adjust something? Simply reply to this message.

{{sender_name}}`,
      },
      fr: {
        subject: 'Le devis que nous vous avons envoyé',
        body: `Bonjour {{first_name|}},

Nous vous avons envoyé un devis il y a une semaine{{#interest}} pour « {{interest}} »{{/interest}} et voulions nous assurer qu’il vous est bien parvenu.

Avez-vous une question, ou souhaitez-vous que nous ajustions quelque chose ? Répondez simplement à ce message.

{{sender_name}}`,
      },
    },
    2: {
      en: {
        subject: 'Our quote: a last word',
        body: `Hello {{first_name|}},

A last word about our quote{{#interest}} for “{{interest}}”{{/interest}}: is it still relevant for you? A short reply is enough, yes, no or not now. Without one, we will not write about it again.

{{sender_name}}`,
      },
      fr: {
        subject: 'Notre devis : un dernier mot',
        body: `Bonjour {{first_name|}},

Un dernier mot à propos de notre devis{{#interest}} pour « {{interest}} »{{/interest}} : est-il toujours d’actualité pour vous ? Une courte réponse suffit, oui, non ou pas maintenant. Sans réponse, nous ne vous en reparlerons plus.

{{sender_name}}`,
      },
    },
  },
};
