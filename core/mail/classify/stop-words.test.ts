import { describe, expect, it } from 'vitest';
import { asksToStop, unsubscribeTokenIn } from './stop-words';

describe('asksToStop', () => {
  it.each([
    ['STOP', ''],
    ['Stop!', ''],
    ['stop merci', ''],
    ['Stop.\n\nMarie Dupont', ''],
    ['Stop. Je ne suis pas intéressée.', ''],
    ['Please unsubscribe me.', ''],
    ['Unsubscribe', ''],
    ['Hi, please remove me from your mailing list. Thanks', ''],
    ['Can you take me off your list?', ''],
    ['No more emails please', ''],
    ["Don't email me again.", ''],
    ['Do not contact me.', ''],
    ['Please stop sending me these offers', ''],
    ['I would like to opt out of your newsletter', ''],
    ['Bonjour, je souhaite me désabonner.', ''],
    ['desabonner', ''],
    ['Désabonnez-moi svp', ''],
    ['Merci de me désinscrire de votre liste', ''],
    ['Je souhaite ne plus recevoir vos messages.', ''],
    ['Je ne veux plus recevoir vos mails', ''],
    ['ARRÊTEZ !', ''],
    ["Arrêtez de m'envoyer des mails", ''],
    ["Ne m'écrivez plus.", ''],
    ['Retirez-moi de votre liste', ''],
    ['Supprimez mon adresse de vos fichiers', ''],
    ['', 'Re: STOP'],
    ['', 'unsubscribe'],
    ['', 'Désinscription'],
    ['Bonjour', 'Re: Désabonnez-moi'],
  ])('stop: %j (subject %j)', (text, subject) => expect(asksToStop(text, subject)).toBe(true));

  it.each([
    ["I can't stop thinking about that jacket!", 'Re: New arrivals'],
    ["I'll stop by the shop on Saturday", 'Re: Your order'],
    ['Stop by whenever you like', ''],
    ['Do you stock the blue one? I would stop at nothing to get it', ''],
    ["I don't want to unsubscribe, I just want fewer emails", ''],
    ['Je ne veux pas me désabonner, juste changer d\'adresse', ''],
    ['Merci, je passe au magasin samedi. Le bus ne s\'arrête pas loin.', ''],
    ['Votre site arrête de fonctionner quand je paie', ''],
    ["If you don't email me the invoice I can't pay", ''],
    ['Great, thanks! See you soon.', 'Re: Stop wasting time: 20% off'],
    ["Oui, j'arrive à 14h. Arrêt de bus Mairie.", ''],
    ['Hello', 'Re: Test'],
  ])('not stop: %j (subject %j)', (text, subject) => expect(asksToStop(text, subject)).toBe(false));
});

describe('unsubscribeTokenIn', () => {
  const token = '0123456789abcdef01234567';
  it.each([
    [`unsubscribe ${token}`, ''],
    [`Re: unsubscribe ${token}`, ''],
    [`Fwd: unsubscribe ${token}`, ''],
    [`RE: FW: Unsubscribe ${token.toUpperCase()}`, ''],
    [`unsubscribe%20${token}`, ''],
    ['Unsubscribe', `unsubscribe ${token}`],
    ['', `Please:\nunsubscribe ${token}\n`],
  ])('finds it in %j / %j', (subject, text) => expect(unsubscribeTokenIn(subject, text)).toBe(token));

  it.each([
    ['unsubscribe', ''],
    [`unsubscribe ${token}ff`, ''],
    [`unsubscribe ${token.slice(1)}`, ''],
    [`unsubscribe ${token.replace('a', 'g')}`, ''],
    [`Re: your order ${token}`, ''],
    ['Hello', `> unsubscribe ${token}`],
    ['Hello', `see mailto:shop@example.com?subject=unsubscribe%20${token}`],
    ['Hello', `Our id ${token}`],
  ])('ignores %j / %j', (subject, text) => expect(unsubscribeTokenIn(subject, text)).toBeNull());
});
