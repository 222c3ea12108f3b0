import { isCertificateError } from './smtp-mailer';

// What went wrong talking to the owner's IMAP server, as data a person can act on (docs/architecture.md).
export type ImapProblem = 'connection' | 'tls' | 'certificate' | 'auth' | 'timeout' | 'other';
export type ImapFailure = { problem: ImapProblem; detail: string };

type ImapFlowError = Error & { code?: string; authenticationFailed?: boolean; tlsFailed?: boolean; responseText?: string; serverResponseCode?: string };

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE',
  'NoConnection', 'EConnectionClosed', 'ClosedAfterConnectText']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ETIMEOUT', 'CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT']);

const problemOf = (e: ImapFlowError): ImapProblem => {
  if (e.authenticationFailed || e.serverResponseCode === 'AUTHENTICATIONFAILED') return 'auth';
  if (isCertificateError(e)) return 'certificate';
  if (TIMEOUT_CODES.has(e.code ?? '')) return 'timeout';
  if (CONNECTION_CODES.has(e.code ?? '')) return 'connection';
  if (e.tlsFailed || e.code === 'EPROTO' || e.code === 'ClosedAfterConnectTLS' || e.code === 'STARTTLS_INJECTION' || /^ERR_SSL_/.test(e.code ?? '')) return 'tls';
  return 'other';
};

// The server's own words when it gave any (an AUTHENTICATIONFAILED text, say), on one line.
export const imapFailureOf = (error: unknown): ImapFailure => {
  const e = (error instanceof Error ? error : new Error(String(error))) as ImapFlowError;
  const words = e.responseText || e.message || e.code || 'Unknown IMAP error';
  return { problem: problemOf(e), detail: words.replace(/\s+/g, ' ').trim().slice(0, 500) };
};
