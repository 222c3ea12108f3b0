import { z } from 'zod';

// A copy of the whole database (C9): taken by the owner ("Back up now", `relance backup`), once a
// day by the open app, before a restore, or before a new version changes the database.
export const backupKinds = ['daily', 'manual', 'pre-restore', 'pre-update'] as const;
export type BackupKind = (typeof backupKinds)[number];

export const backupSchema = z.object({
  // The file's name in the backups folder; a restore names it.
  name: z.string(),
  kind: z.enum(backupKinds),
  at: z.iso.datetime({ offset: true }),
  size: z.number().int(),
});
export type BackupDto = z.infer<typeof backupSchema>;

export const backupListSchema = z.object({
  folder: z.string(),
  // Newest first.
  backups: z.array(backupSchema),
  // How many daily backups are kept.
  dailyKept: z.number().int(),
});
export type BackupList = z.infer<typeof backupListSchema>;

// Restore either a file the owner chose (staged first, like an import's) or one of the backups.
export const backupRestoreInputSchema = z.union([
  z.object({ fileId: z.string().min(1) }),
  z.object({ name: z.string().min(1) }),
]);
export type BackupRestoreInput = z.infer<typeof backupRestoreInputSchema>;

export const backupRestoreSchema = z.object({
  restoredFrom: z.string(),
  // The database as it was just before, kept in the backups folder.
  keptAs: z.string().nullable(),
  // Messages that were queued or being sent in the restored file, now waiting for the owner.
  held: z.number().int(),
  // Updates applied to a backup made by an older version.
  migrated: z.number().int(),
  // What the replaced database did after the backup, carried into the restored one: messages that
  // went (or may have) and people who said stop. Null: it was damaged, nothing could be carried.
  carried: z.object({ sends: z.number().int(), stops: z.number().int() }).nullable(),
});
export type BackupRestoreResult = z.infer<typeof backupRestoreSchema>;

// Why a file cannot be restored; each has one sentence in both languages in the interface.
export const restoreProblems = ['not-relance', 'newer', 'damaged'] as const;
export type RestoreProblem = (typeof restoreProblems)[number];
