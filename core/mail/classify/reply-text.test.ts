import { readFileSync } from 'node:fs';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { htmlToText, newTextOf, withoutDeviceFooter } from './reply-text';

const fixtures = new URL('../../../../shared/fixtures/mail/', import.meta.url);
type Row = { file: string; reply_text?: string };
const rows = (JSON.parse(readFileSync(new URL('expectations.json', fixtures), 'utf8')) as Row[]).filter((r) => r.file.startsWith('not-bounce/talon/'));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('newTextOf on talon human replies', () => {
  it('has the talon rows', () => expect(rows.length).toBeGreaterThanOrEqual(7));
  it.each(rows.map((r) => [r.file, r.reply_text ?? ''] as const))('%s', async (file, expected) => {
    const mail = await simpleParser(readFileSync(new URL(file, fixtures)));
    expect(squash(newTextOf(mail.text ?? '', mail.html || null))).toBe(squash(expected));
  });
  it.each(rows.filter((r) => r.file !== 'not-bounce/talon/outlook.eml').map((r) => [r.file, r.reply_text ?? ''] as const))('%s from its html alone', async (file, expected) => {
    const mail = await simpleParser(readFileSync(new URL(file, fixtures)));
    if (!mail.html) return;
    expect(squash(newTextOf('', mail.html))).toBe(squash(expected));
  });
});

describe('newTextOf', () => {
  it.each([
    ['Gmail wrapped over two lines', 'Thanks!\n\nOn Tue, Jan 1, 2025 at 10:00 AM Jean Dupont <\njean@example.com> wrote:\n\n> Hi\n> there\n', 'Thanks!'],
    ['French Gmail', 'Merci beaucoup\n\nLe mar. 1 janv. 2025 à 10:00, Jean Dupont <jean@example.com> a écrit :\n\n> Bonjour\n', 'Merci beaucoup'],
    ['German', 'Danke\n\nAm 01.01.2025 um 10:00 schrieb Hans Muster <hans@example.de>:\n> Hallo\n', 'Danke'],
    ['Spanish', 'Gracias\n\nEl mar, 1 ene 2025 a las 10:00, Ana <ana@example.es> escribió:\n> Hola\n', 'Gracias'],
    ['Italian', 'Grazie\n\nIl giorno mar 1 gen 2025 alle ore 10:00 Luca <luca@example.it> ha scritto:\n> Ciao\n', 'Grazie'],
    ['Outlook separator', 'Yes please\n\n-----Original Message-----\nFrom: Shop\nSent: Monday\nSubject: Offer\n\nOur offer', 'Yes please'],
    ['Outlook underscores, French', 'Oui\n\n________________________________\nDe : Boutique <b@example.fr>\nEnvoyé : lundi 6 janvier 2025 10:00\nÀ : moi\nObjet : Offre\n\nNotre offre', 'Oui'],
    ['Outlook underscores, German', 'Ja\n________________________________\nVon: Laden\nGesendet: Montag\nAn: mich\nBetreff: Angebot\n\nText', 'Ja'],
    ['From/Sent block', 'Sure.\n\nFrom: Shop <s@example.com>\nSent: Monday, January 6, 2025 10:00 AM\nTo: me\nSubject: Offer\n\nOffer text', 'Sure.'],
    ['bold From/Sent block', 'Sure.\n\n*From:* Shop <s@example.com>\n*Sent:* Monday\n*To:* me\n\nOffer text', 'Sure.'],
    ['quote lines only', 'Fine by me\n> quoted\n> more', 'Fine by me'],
    ['bottom-posted', 'On 04/02/2012 06:26 PM, Megan wrote:\n> Hi\n\nHello there', 'Hello there'],
    ['CRLF and blank lines', 'Line one\r\n\r\n\r\n\r\nLine two\r\n', 'Line one\n\nLine two'],
    ['inline answers', 'On Mon, Jan 6, 2025, Shop <s@example.com> wrote:\n> Which size?\nM\n> Which colour?\nBlue', 'M\nBlue'],
    ['French iPhone', 'Oui merci\n\nEnvoyé de mon iPhone\n\nLe 6 janv. 2025 à 10:00, Boutique <b@example.fr> a écrit :\n\n> Bonjour', 'Oui merci\n\nEnvoyé de mon iPhone'],
    ['French Gmail wrapped', 'Parfait\n\nLe lun. 6 janv. 2025 à 10:00, Jean Dupont <\njean@example.com> a écrit :\n\n> Bonjour', 'Parfait'],
    ['attribution then original unquoted', 'Ok\n\nOn Mon, Jan 6, 2025 Shop wrote:\nOur offer\n> x', 'Ok'],
    ['no quote at all', '  Just this.  ', 'Just this.'],
    ['a line that starts with On but is not a header', 'On Monday I will come by.\nSee you', 'On Monday I will come by.\nSee you'],
  ])('%s', (_name, text, expected) => expect(newTextOf(text, null)).toBe(expected));

  it('derives text from html when there is no text part', () => {
    const html = '<div dir="ltr">Bonjour,<div>Je prends la veste &amp; le pull&nbsp;!</div></div><br><div class="gmail_quote"><div dir="ltr">Le lun. 6 janv. 2025, Boutique a écrit :<br></div><blockquote class="gmail_quote">Notre <div>offre</div></blockquote></div>';
    expect(newTextOf('', html)).toBe('Bonjour,\nJe prends la veste & le pull !');
  });
  it('drops nested blockquotes and decodes numeric entities', () => {
    expect(htmlToText('<p>Caf&#233; &#x2014; ok</p><blockquote>a<blockquote>b</blockquote>c</blockquote><p>end</p>').trim()).toBe('Café — ok\n\n\nend');
  });
  it('cuts at Outlook on the web reply markers', () => {
    expect(newTextOf('', '<div>Yes</div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Shop</div><div>offer</div>')).toBe('Yes');
  });
  it('removes a device footer on request', () => {
    expect(withoutDeviceFooter('Hello\n\nSent from my iPhone')).toBe('Hello');
    expect(withoutDeviceFooter('Bonjour\n\nEnvoyé de mon iPhone')).toBe('Bonjour');
  });
});
