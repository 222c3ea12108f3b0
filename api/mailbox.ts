import { z } from 'zod';
import { readingStatusSchema } from './mail-reading';

// The owner's own mailbox, through which every message leaves (C6, docs/sending.md).
// tls: TLS from the first byte (465); starttls: upgrade required (587); none: loopback relays only.
export const securityModes = ['tls', 'starttls', 'none'] as const;
export type SecurityMode = (typeof securityModes)[number];

// Where the SMTP password is kept: the OS keychain where one answers, else a file beside the
// database readable only by its owner. The password never enters the database.
export const secretStoreKinds = ['keychain', 'file', 'none'] as const;
export type SecretStoreKind = (typeof secretStoreKinds)[number];

const email = z.email({ error: 'Enter an email address such as contact@example.com.' });
// Header values can never carry a line break (header injection, docs/security.md).
const oneLine = (max: number) => z.string().trim().max(max).regex(/^[^\r\n]*$/, { error: 'One line, without line breaks.' });

// Where Relance reads the owner's mail (C7): replies, bounces and unsubscribes. Empty user:
// the same user and password as for sending.
export const imapConfigSchema = z
  .object({
    host: oneLine(253).min(1, { error: 'Enter the IMAP server name, such as imap.example.com.' }),
    port: z.number().int().min(1).max(65535),
    security: z.enum(securityModes),
    user: oneLine(320).default(''),
    pinnedFingerprint: z.string().regex(/^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/).nullable().default(null),
  })
  .refine((m) => m.security !== 'none' || isLoopbackHost(m.host), {
    error: 'Without TLS, only a server on this computer (127.0.0.1 or localhost) can be used: choose TLS or STARTTLS.',
    path: ['security'],
  });
export type ImapConfig = z.infer<typeof imapConfigSchema>;

export const mailboxConfigSchema = z
  .object({
    presetId: z.string().max(40).default('other'),
    host: oneLine(253).min(1, { error: 'Enter the server name, such as smtp.example.com.' }),
    port: z.number().int().min(1).max(65535),
    security: z.enum(securityModes),
    user: oneLine(320).min(1, { error: 'Enter the user name (usually your address).' }),
    fromAddress: email,
    fromName: oneLine(200).default(''),
    replyTo: z.union([z.literal(''), email]).default(''),
    // Pacing (docs/practice.md): 0 means no wait and no jitter (a local relay) or no cap.
    minIntervalSeconds: z.number().int().min(0).max(3600).default(20),
    hourlyCap: z.number().int().min(0).max(100_000).default(60),
    dailyCap: z.number().int().min(0).max(100_000).default(300),
    // SHA-256 fingerprint of a certificate that does not verify, accepted by the owner after seeing it.
    pinnedFingerprint: z.string().regex(/^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/).nullable().default(null),
    // null: Relance does not read the mailbox (replies and bounces are then logged by hand).
    imap: imapConfigSchema.nullable().default(null),
  })
  .refine((m) => m.security !== 'none' || isLoopbackHost(m.host), {
    error: 'Without TLS, only a server on this computer (127.0.0.1 or localhost) can be used: choose TLS or STARTTLS.',
    path: ['security'],
  });
export type MailboxConfig = z.infer<typeof mailboxConfigSchema>;

export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase();
  return h === 'localhost' || h === '::1' || h === '[::1]' || /^127(\.\d{1,3}){3}$/.test(h);
}

// Saving the mailbox: the password is optional (absent keeps the one already kept).
export const mailboxSaveSchema = z.object({
  config: mailboxConfigSchema,
  password: z.string().max(1000).optional(),
  // Only when the IMAP user differs from the SMTP one; absent keeps the one already kept.
  imapPassword: z.string().max(1000).optional(),
});
export type MailboxSave = z.input<typeof mailboxSaveSchema>;

// Why the mailbox stopped, for each window to word in its own language.
export const pauseReasons = ['auth', 'quota', 'rate', 'policy', 'sender', 'certificate'] as const;
export type PauseReason = (typeof pauseReasons)[number];

// Why a sending pass sent nothing more: the mailbox stopped, the owner paused sending, or the
// mailbox cannot send yet.
export const stopReasons = [...pauseReasons, 'owner', 'no-mailbox', 'no-password'] as const;
export type StopReason = (typeof stopReasons)[number];

export const pauseSchema = z.object({
  since: z.iso.datetime({ offset: true }),
  why: z.enum(pauseReasons),
  // What stopped the mailbox, in one sentence, and the server's answer.
  reason: z.string(),
  smtpResponse: z.string().nullable(),
  // A quota pause lifts by itself at this time; null: only the owner resumes.
  until: z.iso.datetime({ offset: true }).nullable(),
});
export type MailboxPause = z.infer<typeof pauseSchema>;

export const mailboxStatusSchema = z.object({
  config: mailboxConfigSchema.nullable(),
  hasPassword: z.boolean(),
  secretStore: z.enum(secretStoreKinds),
  pause: pauseSchema.nullable(),
  // The owner's "Pause all sending" switch.
  isSendingPaused: z.boolean(),
  sentToday: z.number().int(),
  waitingApproval: z.number().int(),
  // Who sends for this database right now (the open app, a cron run), if anyone.
  sender: z.object({ holder: z.string(), pid: z.number().int(), since: z.iso.datetime({ offset: true }) }).nullable(),
  reading: readingStatusSchema,
});
export type MailboxStatus = z.infer<typeof mailboxStatusSchema>;

// What a connection test or a test message found. `problem` names the failure so each window
// can word it; `message` is the English sentence with the next step, for logs and the CLI.
export const mailProblems = ['connection', 'tls', 'certificate', 'auth', 'app-password', 'sender', 'quota', 'policy', 'timeout', 'no-password', 'no-mailbox', 'other'] as const;
export type MailProblem = (typeof mailProblems)[number];

export const mailboxTestSchema = z.object({
  ok: z.boolean(),
  problem: z.enum(mailProblems).nullable(),
  message: z.string(),
  smtpResponse: z.string().nullable(),
  // The certificate the server showed when it does not verify: the owner may pin it.
  certificate: z.object({ fingerprint: z.string(), subject: z.string(), issuer: z.string(), validTo: z.string() }).nullable(),
});
export type MailboxTest = z.infer<typeof mailboxTestSchema>;

export const sendTestInputSchema = z.object({ to: z.union([z.literal(''), email]).default('') });

// One pass of sending (`relance send-due`, the scheduler's timer, "Send now").
export const sendSummarySchema = z.object({
  sent: z.number().int(),
  deferred: z.number().int(),
  failed: z.number().int(),
  unknown: z.number().int(),
  paused: z.number().int(),
  // Due, but held back by pacing, the window, or a paused mailbox: they go on a later pass.
  waiting: z.number().int(),
  // Stopped by the last-moment check (moved, held for attention or cancelled; the list says why).
  held: z.number().int(),
  // Set when another process holds the sending lease: nothing was sent by this pass.
  busyWith: z.string().nullable(),
  // Why sending stopped, in English for logs and the CLI, and as a code for each window to word.
  mailboxPaused: z.string().nullable(),
  stoppedBy: z.enum(stopReasons).nullable(),
});
export type SendSummary = z.infer<typeof sendSummarySchema>;

export const sendingPauseInputSchema = z.object({ isPaused: z.boolean() });
