import { z } from 'zod';

// Push events sent from core to every open window (SSE in the browser host, IPC in Electron).
export const pushEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('contacts.changed'), ids: z.array(z.string()) }),
  z.object({ type: z.literal('settings.changed') }),
  // The outbox was re-planned or a message changed state: windows showing it read it again.
  z.object({ type: z.literal('outbox.changed') }),
  // A sending pass in progress ("Sending 3 of 12…"); done = total when it ends.
  z.object({ type: z.literal('sending.progress'), done: z.number().int(), total: z.number().int() }),
  z.object({ type: z.literal('mailbox.changed') }),
  // An export in progress: contacts read so far of the target's total.
  z.object({ type: z.literal('exports.progress'), done: z.number().int(), total: z.number().int() }),
  // A backup or a restore copying the database (pages done of total).
  z.object({ type: z.literal('backups.progress'), phase: z.enum(['backup', 'restore']), done: z.number().int(), total: z.number().int() }),
  // A backup was written, or the database was replaced by a restore: windows read everything again.
  z.object({ type: z.literal('backups.changed'), isRestored: z.boolean() }),
  z.object({
    type: z.literal('imports.progress'),
    jobId: z.string(),
    phase: z.enum(['reading', 'checking', 'writing']),
    done: z.number().int(),
    total: z.number().int(),
  }),
  z.object({
    type: z.literal('imports.finished'),
    jobId: z.string(),
    outcome: z.enum(['done', 'cancelled', 'failed']),
    importId: z.string().nullable(),
    message: z.string(),
  }),
]);
export type PushEvent = z.infer<typeof pushEventSchema>;
export type PushEventType = PushEvent['type'];
