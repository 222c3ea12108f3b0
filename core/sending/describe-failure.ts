import type { MailboxTest, MailProblem } from '../../api';
import type { SmtpFailure } from '../mail/smtp-answer';
import type { SmtpTarget } from '../mail/smtp-mailer';

// One plain sentence per failure, with the next step (the windows word it again by `problem`).
const APP_PASSWORD_HOSTS: { pattern: RegExp; words: string }[] = [
  { pattern: /(^|\.)gmail\.com$|googlemail/i, words: 'Gmail refused the password: it needs an app password. Turn on 2-Step Verification in your Google account, create an app password at myaccount.google.com/apppasswords, and paste it here.' },
  { pattern: /mail\.me\.com$/i, words: 'iCloud refused the password: it needs an app-specific password, made at account.apple.com under Sign-In and Security.' },
  { pattern: /yahoo\./i, words: 'Yahoo refused the password: it needs an app password, made in your Yahoo account\'s security settings.' },
  { pattern: /office365|outlook/i, words: 'Microsoft refused the password. Microsoft turns password sign-in for SMTP (basic authentication) off by default at the end of 2026: ask whoever runs your Microsoft 365 to allow SMTP AUTH for this mailbox, or use another provider.' },
];

export const describeFailure = (failure: SmtpFailure, target: Pick<SmtpTarget, 'host' | 'port' | 'security'>): Omit<MailboxTest, 'certificate'> => {
  const where = `${target.host}:${target.port}`;
  const answer = failure.response;
  const result = (problem: MailProblem, message: string) => ({ ok: false, problem, message, smtpResponse: answer });
  if (failure.errorCode === 'ECERT') {
    return result('certificate', `The certificate of ${target.host} could not be verified. Check the server name; if this is your provider's server, compare the fingerprint below with the one they publish before trusting it.`);
  }
  if (failure.stage === 'auth' || failure.code === 535 || failure.code === 534) {
    const provider = APP_PASSWORD_HOSTS.find((known) => known.pattern.test(target.host));
    if (provider) return result('app-password', provider.words);
    return result('auth', `${target.host} refused the user name or password. Check both (the user name is usually your full address), then test again.`);
  }
  if (failure.errorCode === 'ETLS' || /STARTTLS/i.test(answer ?? '')) {
    return result('tls', `Could not start a secure connection with ${where}. Port 465 uses TLS from the start, port 587 uses STARTTLS: check that the security choice matches the port.`);
  }
  if (failure.errorCode === 'ETIMEDOUT' || /timeout/i.test(failure.errorCode ?? '')) {
    return result('timeout', `${where} did not answer in time. Check the server name and port, and that this computer is online.`);
  }
  if (failure.code === null) {
    return result('connection', `Could not connect to ${where}. Check the server name and port, and that this computer is online.`);
  }
  if (failure.command === 'MAIL FROM') return result('sender', `${target.host} refuses the From address: use the address of this mailbox (or one your provider lets you send as).`);
  if (/5\.4\.5|quota|limit/i.test(answer ?? '')) return result('quota', `${target.host} says your sending quota is reached: wait until it frees (usually a day).`);
  if (/^5\d\d 5\.7\./.test(answer ?? '')) return result('policy', `${target.host} refused for a policy reason: read its answer below.`);
  return result('other', `${target.host} answered: ${answer ?? 'nothing'}.`);
};
