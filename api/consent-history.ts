import { z } from 'zod';
import { consentBases } from './contacts';
import { programIds } from './outbox';

const iso = z.iso.datetime({ offset: true });

// Who recorded a change: the interface, the command line, an import, the mailbox reader.
export const recordOrigins = ['ui', 'cli', 'import', 'mailbox'] as const;

// One change of a contact's legal basis, never overwritten (C9). A null basis: withdrawn (an opt-out).
export const consentChangeSchema = z.object({
  basis: z.enum(consentBases).nullable(),
  source: z.string(),
  evidence: z.string(),
  consentAt: iso.nullable(),
  origin: z.enum(recordOrigins),
  recordedAt: iso,
});
export type ConsentHistoryEntry = z.infer<typeof consentChangeSchema>;

export const consentHistorySchema = z.object({
  // Newest first.
  changes: z.array(consentChangeSchema),
  // The programs the contact's current basis lets write to them; none once they opted out.
  allowedPrograms: z.array(z.enum(programIds)),
});
export type ConsentHistory = z.infer<typeof consentHistorySchema>;
