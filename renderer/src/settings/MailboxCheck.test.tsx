import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { MailboxConfig } from '../../../api';
import { I18nProvider, type Language } from '../i18n/i18n';
import { MailboxCheck } from './MailboxCheck';
import type { CheckOutcome } from './use-mailbox-check';

const config: MailboxConfig = {
  presetId: 'other',
  host: 'mail.example.net',
  port: 587,
  security: 'starttls',
  user: 'claire@example.net',
  fromAddress: 'claire@example.net',
  fromName: '',
  replyTo: '',
  minIntervalSeconds: 20,
  hourlyCap: 50,
  dailyCap: 200,
  pinnedFingerprint: null,
  imap: null,
};
const certificate = { fingerprint: '3A:'.repeat(31) + '3A', subject: 'CN=mail.example.net', issuer: 'CN=Example Private CA', validTo: '2027-06-30T00:00:00.000Z' };
const outcome: CheckOutcome = {
  isOk: false,
  sentence: 'The certificate could not be verified.',
  result: { ok: false, problem: 'certificate', message: '', smtpResponse: null, certificate },
};

const render = (props: Partial<Parameters<typeof MailboxCheck>[0]>, language: Language = 'en') =>
  renderToStaticMarkup(
    <I18nProvider language={language}>
      <MailboxCheck config={config} isDirty={false} running={null} outcome={null} onTest={() => undefined} onPin={() => undefined} {...props} />
    </I18nProvider>,
  );

describe('MailboxCheck', () => {
  it('tests only saved settings', () => {
    expect(render({ isDirty: true })).toContain('Save your changes first');
    expect(render({ config: null }, 'fr')).toContain('Enregistrez d’abord votre boîte mail');
    expect(render({ isDirty: true })).toMatch(/<button type="button" disabled="">Test the connection/);
  });

  it('shows a certificate that does not verify in full, with one way past it: trusting that one', () => {
    const html = render({ outcome });
    expect(html).toContain(certificate.fingerprint);
    expect(html).toContain('CN=Example Private CA');
    expect(html).toContain('Trust this certificate');
    expect(html).not.toMatch(/verification off|ignore|skip/i);
  });

  it('says which certificate is trusted and lets the owner stop trusting it', () => {
    const html = render({ config: { ...config, pinnedFingerprint: certificate.fingerprint } }, 'fr');
    expect(html).toContain(`Certificat accepté : ${certificate.fingerprint}`);
    expect(html).toContain('Ne plus lui faire confiance');
  });
});
