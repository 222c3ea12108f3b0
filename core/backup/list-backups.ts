import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupKind } from '../../api';
import { backupsDir, baseNameOf, parseBackupName } from './backup-names';

export type BackupEntry = { name: string; path: string; kind: BackupKind; at: Date; size: number };

// The backups of one database (the demo's are apart), newest first. Also what the damaged-database
// check offers to restore from.
export const listBackups = (dataDir: string, { isDemo = false }: { isDemo?: boolean } = {}): BackupEntry[] => {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  const base = baseNameOf(isDemo);
  const entries: BackupEntry[] = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupName(name);
    if (!parsed || parsed.base !== base) continue;
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    entries.push({ name, path, kind: parsed.kind, at: parsed.at, size: stat.size });
  }
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || b.name.localeCompare(a.name));
};
