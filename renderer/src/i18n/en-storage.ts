// English texts for the data files: a damaged database, a full disk, a folder Relance
// may not write in. Spread into en.ts; fr-storage.ts has the same keys.
export const enStorage = {
  'storage.damaged.title': 'The database is damaged',
  'storage.damaged.banner': 'Relance found damage in its database and stopped writing to it, so nothing more is lost. Restore the newest backup ({backup}): the damaged file is kept beside it.',
  'storage.damaged.noBackup': 'Relance found damage in its database and stopped writing to it, so nothing more is lost. There is no backup in its folder: restore one you kept elsewhere from Settings → Backups.',
  'storage.damaged.restore': 'Restore {backup}',
  'storage.damaged.restoring': 'Restoring…',
  'rule.storage.damaged': 'The database is damaged: Relance stopped writing to it so nothing more is lost. Restore a backup from Settings → Backups.',
  'rule.storage.diskFull': 'The disk is full: this change was not saved. Free some space on the disk holding {folder}, then try again.',
  'rule.storage.readOnly': 'Relance may not write in {folder}: nothing was saved. Give yourself write access to that folder, then try again.',
  'rule.storage.emptyWithBackups': '{file} is empty although backups exist: Relance did not start on an empty database. Restore the newest backup ({backup}).',
} as const;
