import type { MailboxTest, MethodInput, MethodName, MethodOutput } from '../../../api';

// A call through core's contract, as a test, a seed or a benchmark makes it.
export type ContractCall = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

type MailboxConfigInput = MethodInput<'mailbox.save'>['config'];

// The mailbox of the test SMTP server (smtp-test-server.ts), pacing off unless a test says otherwise.
export const testMailboxConfig = (port: number, change: Partial<MailboxConfigInput> = {}): MailboxConfigInput => ({
  host: '127.0.0.1', port, security: 'starttls', user: 'owner@example.com', fromAddress: 'owner@example.com', fromName: 'Claire',
  minIntervalSeconds: 0, hourlyCap: 0, dailyCap: 0, ...change,
});

// Sets the mailbox up as an owner does: save it with the password, test it (the test server's
// self-signed certificate is refused and shown), trust that certificate, test again. Both test
// results are returned for the caller to check.
export const trustTestMailbox = async (call: ContractCall, config: MailboxConfigInput, password = 's3cret'): Promise<{ untrusted: MailboxTest; trusted: MailboxTest }> => {
  await call('mailbox.save', { config, password });
  const untrusted = await call('mailbox.test', {});
  await call('mailbox.save', { config: { ...config, pinnedFingerprint: untrusted.certificate?.fingerprint ?? null } });
  return { untrusted, trusted: await call('mailbox.test', {}) };
};

// Reading set up the same way on the mailbox already saved: the test Dovecot's IMAP port (same
// user and password), tested, its self-signed certificate trusted, tested again.
export const trustTestImap = async (call: ContractCall, imapPort: number): Promise<{ untrusted: MailboxTest; trusted: MailboxTest }> => {
  const { config } = await call('mailbox.get', {});
  if (!config) throw new Error('Save the SMTP mailbox first (trustTestMailbox).');
  const imap = { host: '127.0.0.1', port: imapPort, security: 'starttls' as const, user: '' };
  await call('mailbox.save', { config: { ...config, imap } });
  const untrusted = await call('mailbox.testImap', {});
  await call('mailbox.save', { config: { ...config, imap: { ...imap, pinnedFingerprint: untrusted.certificate?.fingerprint ?? null } } });
  return { untrusted, trusted: await call('mailbox.testImap', {}) };
};
