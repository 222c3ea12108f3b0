import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../api';
import { I18nProvider, type Language } from '../i18n/i18n';
import { OutboxDetail } from './OutboxDetail';
import { outboxEntry } from './test-support/outbox-entry';

const entry = outboxEntry({
  bodyText: 'Bonjour <img src=x onerror=alert(1)>',
  bodyHtml: '<!doctype html><html><body><p>Bonjour &lt;img src=x onerror=alert(1)&gt;</p></body></html>',
});

const render = (value: OutboxEntry, language: Language = 'en') =>
  renderToStaticMarkup(
    <I18nProvider language={language}>
      <OutboxDetail entry={value} isBusy={false} onAction={() => undefined} onClose={() => undefined} />
    </I18nProvider>,
  );

describe('OutboxDetail', () => {
  it('shows the email inside a frame with no rights, never as the app’s own markup', () => {
    const html = render(entry);
    expect(html).toMatch(/<iframe[^>]*sandbox=""/);
    expect(html).toContain('srcDoc="&lt;!doctype html&gt;');
    expect(html).not.toContain('<p>Bonjour');
    expect(html).not.toContain('<img');
  });

  it('offers approve, edit and skip on a scheduled message, nothing on a stopped one', () => {
    expect(render(entry)).toMatch(/Approve.*Edit this message.*Skip/);
    const stopped = render({ ...entry, state: 'cancelled', reason: 'cart 2 of 3; stopped: they ordered on 2026-03-09' }, 'fr');
    expect(stopped).not.toContain('Approuver');
    expect(stopped).toContain('arrêté : commande passée le 9 mars 2026');
  });

  it('gives an SMS the phone links, a QR code and “Mark as sent”', () => {
    const html = render({ ...entry, channel: 'sms', contact: { ...entry.contact, email: null, phone: '+33612345678' }, phoneLinks: { sms: 'sms:+33612345678?body=Bonjour', whatsapp: 'https://wa.me/33612345678?text=Bonjour' } });
    expect(html).toContain('href="sms:+33612345678?body=Bonjour"');
    expect(html).toContain('href="https://wa.me/33612345678?text=Bonjour"');
    expect(html).toMatch(/<svg class="qr"[^>]*role="img"/);
    expect(html).toContain('Mark as sent');
    expect(html).not.toContain('<iframe');
  });

  it('says from when an SMS not yet due can be marked as sent, without the button', () => {
    const later = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const html = render({ ...entry, channel: 'sms', scheduledAt: later, contact: { ...entry.contact, email: null, phone: '+33612345678' }, phoneLinks: { sms: 'sms:+33612345678?body=Bonjour', whatsapp: 'https://wa.me/33612345678?text=Bonjour' } });
    expect(html).not.toContain('Mark as sent');
    expect(html).toContain('Its time has not come yet: you can mark it as sent from');
    expect(html).not.toContain(later);
  });

  it('shows a sent message’s time and the server’s answer', () => {
    const html = render({ ...entry, state: 'sent', sentAt: '2026-03-09T10:02:00.000Z', attempts: 1, smtpCode: 250, enhancedCode: '2.0.0', smtpResponse: 'OK queued as 4F2A' });
    expect(html).toContain('250 2.0.0 OK queued as 4F2A');
    expect(html).toContain('This message was sent.');
    expect(html).not.toContain('Approve');
  });

  it('gives a deferred message its next try and its tries so far', () => {
    const html = render({ ...entry, state: 'deferred', attempts: 2, nextAttemptAt: '2026-03-09T11:00:00.000Z', smtpCode: 451, enhancedCode: '4.7.1', smtpResponse: 'Try later' }, 'fr');
    expect(html).toContain('Prochain essai');
    expect(html).toMatch(/Essais<\/dt><dd[^>]*>2</);
    expect(html).toContain('Nouvel essai prévu');
  });

  it('asks the owner to check an uncertain message before sending it again or dropping it', () => {
    const html = render({ ...entry, state: 'unknown', attempts: 1 });
    expect(html).toContain('it may have arrived');
    expect(html).toContain('“Votre panier”');
    expect(html).toMatch(/I checked, send it again.*Drop it/);
  });
});
