import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MailboxPause, MailboxStatus } from '../../../api';
import { I18nProvider, type Language } from '../i18n/i18n';
import { SendingBanner } from './SendingBanner';

const status: MailboxStatus = {
  config: {
    presetId: 'gmail',
    host: 'smtp.gmail.com',
    port: 465,
    security: 'tls',
    user: 'claire@gmail.com',
    fromAddress: 'claire@gmail.com',
    fromName: '',
    replyTo: '',
    minIntervalSeconds: 20,
    hourlyCap: 60,
    dailyCap: 400,
    pinnedFingerprint: null,
    imap: null,
  },
  hasPassword: true,
  secretStore: 'keychain',
  pause: null,
  isSendingPaused: false,
  sentToday: 0,
  waitingApproval: 0,
  sender: null,
  reading: { isConfigured: false, lastCheckAt: null, last: null, refusedAsSpam: 0 },
};

const render = (value: MailboxStatus, language: Language = 'en') =>
  renderToStaticMarkup(
    <I18nProvider language={language}>
      <SendingBanner status={value} isBusy={false} onResume={() => undefined} onResumeSending={() => undefined} onSetUp={() => undefined} />
    </I18nProvider>,
  );

describe('SendingBanner', () => {
  it('shows nothing while the mailbox sends', () => {
    expect(render(status)).toBe('');
  });

  const pause: MailboxPause = {
    since: '2026-03-09T10:00:00.000Z',
    why: 'auth',
    reason: 'The mail server refused the user name or password: check them in Settings → Your mailbox, then resume.',
    smtpResponse: '535 5.7.8 Username and Password not accepted',
    until: null,
  };

  it('says why the mailbox stopped in the window’s language, the server’s answer, and offers Resume', () => {
    const html = render({ ...status, pause }, 'fr');
    expect(html).toContain('Les envois sont arrêtés');
    expect(html).toContain('Le serveur de messagerie a refusé l’identifiant ou le mot de passe');
    expect(html).not.toContain(pause.reason);
    expect(html).toContain('535 5.7.8 Username and Password not accepted');
    expect(html).toContain('ils reprennent quand vous les relancez ou enregistrez la boîte mail');
    expect(html).toContain('>Reprendre<');
  });

  it('shows core’s sentence when the pause came without a code', () => {
    const { why: _, ...older } = pause;
    expect(render({ ...status, pause: older as MailboxPause }, 'fr')).toContain('The mail server refused the user name or password');
  });

  it('says when a quota pause lifts by itself, in local time', () => {
    const html = render({ ...status, pause: { ...pause, why: 'quota', until: '2026-03-10T10:00:00.000Z' } });
    expect(html).toContain('The mail server says the sending quota is reached');
    expect(html).toContain('It starts again by itself on');
    expect(html).not.toContain('2026-03-10T10:00');
  });

  it('offers to resume sending the owner paused, and points to Settings without a mailbox', () => {
    expect(render({ ...status, isSendingPaused: true })).toMatch(/You paused all sending.*Resume sending/);
    expect(render({ ...status, config: null })).toMatch(/No mailbox is set up yet.*Set up your mailbox/);
  });
});
