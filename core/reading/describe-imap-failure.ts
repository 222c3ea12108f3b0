import type { ReadingProblem } from '../../api';
import type { ImapFailure, ImapTarget } from '../mail/imap-reader';

// One plain sentence per failure to read, with the next step (windows word it again by `problem`).
export const describeImapFailure = (failure: ImapFailure, target: Pick<ImapTarget, 'host' | 'port' | 'user'>): { problem: ReadingProblem; message: string } => {
  const where = `${target.host}:${target.port}`;
  const said = failure.detail ? ` (${failure.detail})` : '';
  switch (failure.problem) {
    case 'certificate':
      return { problem: 'certificate', message: `The certificate of ${target.host} could not be verified. Check the IMAP server name; if it is your provider's server, compare the fingerprint with the one they publish before trusting it.` };
    case 'auth':
      return { problem: 'auth', message: `${target.host} refused the user name or password for reading mail${said}. Check them in Settings → Your mailbox (Gmail and iCloud need an app password), then test again.` };
    case 'tls':
      return { problem: 'tls', message: `Could not start a secure connection with ${where}. Port 993 uses TLS from the start, port 143 uses STARTTLS: check that the security choice matches the port.` };
    case 'timeout':
      return { problem: 'timeout', message: `${where} did not answer in time. Check the IMAP server name and port, and that this computer is online.` };
    case 'connection':
      return { problem: 'connection', message: `Could not connect to ${where} to read mail${said}. Check the IMAP server name and port, and that this computer is online.` };
    default:
      return { problem: 'other', message: `Reading mail from ${where} failed${said}. Test the connection in Settings → Your mailbox.` };
  }
};
