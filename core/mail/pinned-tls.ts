import { isIP } from 'node:net';
import type { ConnectionOptions, PeerCertificate } from 'node:tls';

export type TlsTrust = { host: string; pinned: { fingerprint: string; pem: string } | null };

// The one trust rule of both mail connections (SMTP and IMAP): verification stays on; a pinned
// certificate becomes the one trusted authority and the identity check compares fingerprints
// instead of names.
export const pinnedTlsOptions = (target: TlsTrust): ConnectionOptions => {
  const base: ConnectionOptions = { minVersion: 'TLSv1.2', ...(isIP(target.host) ? {} : { servername: target.host }) };
  if (!target.pinned) return base;
  const { fingerprint, pem } = target.pinned;
  return {
    ...base,
    ca: [pem],
    checkServerIdentity: (_host: string, cert: PeerCertificate) =>
      cert.fingerprint256 === fingerprint ? undefined : Object.assign(new Error('The server\'s certificate changed since you trusted it.'), { code: 'PINNED_CERTIFICATE_CHANGED' }),
  };
};
