import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MailboxConfig, ReadingStatus as Reading } from '../../../api';
import { I18nProvider, type Language } from '../i18n/i18n';
import { ReadingStatus } from './ReadingStatus';

const config: MailboxConfig = {
  presetId: 'other', host: 'smtp.example.net', port: 587, security: 'starttls', user: 'claire@example.net', fromAddress: 'claire@example.net', fromName: '', replyTo: '',
  minIntervalSeconds: 20, hourlyCap: 60, dailyCap: 300, pinnedFingerprint: null,
  imap: { host: 'imap.example.net', port: 993, security: 'tls', user: '', pinnedFingerprint: null },
};
const last = { lookedAt: 12, replies: 2, autoReplies: 0, bounces: 1, complaints: 0, unsubscribes: 0, sentConfirmed: 0, busyWith: null, problem: null, message: null };
const reading = (change: Partial<Reading> = {}): Reading => ({ isConfigured: true, lastCheckAt: '2026-03-09T08:05:00.000Z', last, refusedAsSpam: 0, ...change });

const render = (value: Reading, language: Language = 'en') =>
  renderToStaticMarkup(
    <I18nProvider language={language}>
      <ReadingStatus reading={value} config={config} timeZone="Europe/Paris" />
    </I18nProvider>,
  );

describe('ReadingStatus', () => {
  it('shows the last check in the owner’s time zone, what it looked at and found', () => {
    const html = render(reading());
    expect(html).toContain('Mar 9, 2026, 9:05 AM');
    expect(html).toContain('>12<');
    expect(html).toContain('2 replies, 1 bounce');
    expect(html).not.toContain('role="alert"');
  });

  it('says why a check read nothing, in French, and hides figures it does not have', () => {
    const html = render(reading({ last: { ...last, lookedAt: 0, replies: 0, bounces: 0, problem: 'auth', message: 'Refused.' } }), 'fr');
    expect(html).toContain('Le serveur IMAP a refusé l’identifiant ou le mot de passe.');
    expect(html).not.toContain('Messages examinés');
    expect(render(reading({ lastCheckAt: null, last: null }), 'fr')).toContain('Pas encore relevée');
  });

  it('warns when servers refuse the owner’s messages as spam', () => {
    expect(render(reading({ refusedAsSpam: 3 }))).toContain('3 messages were refused as spam or by policy in 30 days: check your SPF/DKIM/DMARC with your provider.');
    expect(render(reading({ refusedAsSpam: 1 }), 'fr')).toContain('1 message a été refusé comme indésirable ou par politique en 30 jours');
  });
});
