import { readFileSync } from 'node:fs';
import { simpleParser, type ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { isAutoReply, returnDateOf } from './auto-reply';

const fixtures = new URL('../../../../shared/fixtures/mail/', import.meta.url);
type Row = { file: string; kind: string };
const rows = JSON.parse(readFileSync(new URL('expectations.json', fixtures), 'utf8')) as Row[];
const files = (test: (r: Row) => boolean) => [...new Set(rows.filter(test).map((r) => r.file))];

const headersOf = (mail: ParsedMail) => (name: string): string | null => {
  const line = mail.headerLines.find((h) => h.key === name.toLowerCase());
  return line ? line.line.slice(line.line.indexOf(':') + 1).trim() : null;
};
const load = async (file: string) => {
  const mail = await simpleParser(readFileSync(new URL(file, fixtures)));
  return { headers: headersOf(mail), subject: mail.subject ?? '', text: mail.text ?? '', receivedAt: mail.date ?? new Date(0) };
};
const noHeaders = () => null;
const plain = (subject: string, text: string, headers: Record<string, string> = {}) => ({
  subject, text, headers: (name: string) => headers[name.toLowerCase()] ?? null,
});

describe('isAutoReply on the fixtures', () => {
  it.each(files((r) => r.kind === 'auto-reply'))('%s is automatic', async (file) => expect(isAutoReply(await load(file))).toBe(true));
  it.each(files((r) => r.kind === 'auto-reply'))('%s is automatic from its subject and text alone', async (file) => {
    const mail = await load(file);
    // These carry nothing but headers: a bare "Thank you for your e-mail" or a signature.
    if (/rfc3834-05|autoreply\.msg/.test(file)) return;
    expect(isAutoReply({ ...mail, headers: noHeaders })).toBe(true);
  });
  it.each([...files((r) => r.file.startsWith('not-bounce/talon/')), 'not-bounce/is-not-bounce-01.eml'])('%s is a person', async (file) =>
    expect(isAutoReply(await load(file))).toBe(false));
});

describe('isAutoReply', () => {
  it.each([
    ['Auto-Submitted', plain('Hello', 'x', { 'auto-submitted': 'auto-generated' })],
    ['X-Autoreply', plain('Hello', 'x', { 'x-autoreply': 'yes' })],
    ['X-Autorespond', plain('Hello', 'x', { 'x-autorespond': 'Hello' })],
    ['Precedence auto_reply', plain('Hello', 'x', { precedence: 'auto_reply' })],
    ['X-Precedence junk', plain('Hello', 'x', { 'x-precedence': 'junk' })],
    ['Exchange rule loop', plain('Hello', 'x', { 'x-auto-response-suppress': 'All', 'x-ms-exchange-inbox-rules-loop': 'a@b.fr' })],
    ['Exchange with subject', plain('Réponse automatique : Votre commande', 'x', { 'x-auto-response-suppress': 'All' })],
    ['English subject', plain('Out of Office: Your order', '')],
    ['Lotus AUTO:', plain('AUTO: Jane is out of the office', '')],
    ['French absence', plain('Absent du bureau', '')],
    ['German', plain('Abwesenheitsnotiz: Ihre Bestellung', '')],
    ['German 2', plain('Automatische Antwort: Ihre Bestellung', '')],
    ['Spanish', plain('Respuesta automática: Su pedido', '')],
    ['Spanish 2', plain('Fuera de la oficina', '')],
    ['Italian', plain('Risposta automatica: Il tuo ordine', '')],
    ['Italian 2', plain('Fuori sede', '')],
    ['Dutch', plain('Niet aanwezig: Uw bestelling', '')],
    ['Polish', plain('Odpowiedź automatyczna: Zamówienie', '')],
    ['vacation body EN', plain('Re: Your order', "I'm currently on vacation until January 5th with limited access to email.")],
    ['vacation body FR', plain('Re: Votre commande', "Bonjour, je suis absente jusqu'au 3 mars inclus. En cas d'urgence, contactez Paul.")],
    ['vacation body DE', plain('Re: Bestellung', 'Ich bin bis zum 10. Januar nicht im Büro. In dringenden Fällen wenden Sie sich an Anna.')],
    ['vacation body ES', plain('RE: Pedido', 'Estoy de vacaciones hasta el 8 de enero.')],
    ['vacation body IT', plain('R: Ordine', 'Sono in ferie fino al 7 gennaio.')],
    ['automatic body', plain('Re: Order', 'This is an automatic reply. We will answer shortly.')],
    ['challenge response', plain('Please verify your message', 'To deliver your message, please confirm you are human by clicking this link.')],
    ['SpamArrest', plain('Re: Offer', 'I am protecting myself from junk mail with Spam Arrest. Click to verify.')],
  ])('%s', (_name, mail) => expect(isAutoReply(mail)).toBe(true));

  it.each([
    ['I was away', plain('Re: Your order', 'Sorry, I was away last week. Yes, I still want the jacket.')],
    ['back from holiday', plain('Re: Nouveautés', "J'étais en vacances, je passe au magasin demain.")],
    ['vacation in the quoted subject', plain('Re: Vacation rentals for summer', 'Yes please, book the cottage.')],
    ['automated text only quoted', plain('Re: Your order', 'Thanks!\n\nOn Mon, Jan 6, 2025 at 10:00 AM Shop <s@example.com> wrote:\n> This is an automated message, do not reply.')],
    ['X-Auto-Response-Suppress alone', plain('Re: Your order', 'Thanks, see you Friday.', { 'x-auto-response-suppress': 'All' })],
    ['Auto-Submitted no', plain('Re: Your order', 'Thanks', { 'auto-submitted': 'no' })],
    ['Precedence list', plain('Re: Your order', 'Thanks', { precedence: 'list' })],
  ])('%s is a person', (_name, mail) => expect(isAutoReply(mail)).toBe(false));
});

describe('returnDateOf', () => {
  const at = (iso: string) => new Date(`${iso}T09:00:00Z`);
  it.each([
    ['I will be back on 14 December.', '2025-12-01', '2025-12-14'],
    ['I will be back on 14 December.', '2025-12-20', null], // a notice left on after the day
    ['I will be back on 14 December.', '2026-02-01', '2026-12-14'],
    ['I will be back on 14 December.', '2025-12-14', '2025-12-14'],
    ['I am out of the office, back on Monday 3rd March 2025.', '2025-02-20', '2025-03-03'],
    ['I am away until 12/01/2026.', '2025-12-20', '2026-01-12'],
    ['I am away until 12/25/2025.', '2025-12-20', '2025-12-25'],
    ['Je suis de retour le 5 janvier.', '2025-12-22', '2026-01-05'],
    ["Je suis absente jusqu'au 3 mars inclus.", '2026-02-20', '2026-03-03'],
    ['Ich bin bis zum 10. Januar nicht im Büro.', '2025-12-29', '2026-01-10'],
    ['Ich bin bis 10.01.2026 abwesend.', '2025-12-29', '2026-01-10'],
    ['Estoy de vacaciones hasta el 8 de enero.', '2025-12-29', '2026-01-08'],
    ['Sono in ferie fino al 7 gennaio.', '2025-12-29', '2026-01-07'],
    ['Je suis absente du 5 au 21 septembre.', '2025-09-06', '2025-09-21'],
    ['I am on leave from 5 to 21 September.', '2025-09-06', '2025-09-21'],
    ['Back on 2026-01-05.', '2025-12-29', '2026-01-05'],
    ['Away from Friday September 5th until Sunday, September 21st, back in the office on Monday, September 22nd.', '2025-09-16', '2025-09-22'],
    ['Returning on May 5th', '2025-04-29', '2025-05-05'],
    ['I will be back on 3 March 2024.', '2025-01-10', null],
    ['I am away until 5.30pm today.', '2025-01-10', null],
    ['Thanks for your message, I will reply soon.', '2025-01-10', null],
  ])('%j received %s', (text, received, expected) =>
    expect(returnDateOf({ subject: 'Out of office', text, receivedAt: at(received) })).toBe(expected));

  it('reads the subject too', () =>
    expect(returnDateOf({ subject: 'AUTO: out of the office (returning 09/18/2014)', text: '', receivedAt: at('2014-09-16') })).toBe('2014-09-18'));
  it('ignores dates in the quoted original', () =>
    expect(returnDateOf({ subject: 'Re: Sale', text: 'Thanks\n\nOn Mon, Jan 6, 2025, Shop wrote:\n> Sale until 31 January', receivedAt: at('2025-01-06') })).toBeNull());

  it.each([
    ['auto-replies/rfc3834-01.eml', '2005-05-05'],
    ['auto-replies/php-bounce-handler/vac3.eml', '2014-09-18'],
    ['auto-replies/php-bounce-handler/vac4.eml', null], // "returning on Monday 15th September", sent on the 16th: left on
    ['auto-replies/php-bounce-handler/vac6.eml', '2014-09-22'],
    ['auto-replies/bounceparser/aol-vacation.msg', '2010-07-05'],
  ])('%s', async (file, expected) => expect(returnDateOf(await load(file))).toBe(expected));
});
