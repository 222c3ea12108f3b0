import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, BackupList, BackupRestoreInput, BackupRestoreResult } from '../../../api';
import { useApi } from '../api/api-context';

export type BackupWork = { phase: 'backup' | 'restore'; percent: number } | null;

// Settings → Backups: the list, "Back up now", and a restore, with the progress core pushes.
export const useBackups = () => {
  const api = useApi();
  const [list, setList] = useState<BackupList | null>(null);
  const [work, setWork] = useState<BackupWork>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // Progress arrives by the event stream and may come after the call's answer: only while a call runs does it show.
  const inFlight = useRef(false);

  const load = useCallback(async () => {
    const result = await api.call('backups.list', {});
    if (result.ok) setList(result.value);
    else setError(result.error);
  }, [api]);

  useEffect(() => {
    void load();
    return api.subscribe((event) => {
      if (event.type === 'backups.progress' && inFlight.current) setWork({ phase: event.phase, percent: event.total === 0 ? 100 : Math.floor((event.done / event.total) * 100) });
      if (event.type === 'backups.changed') void load();
    });
  }, [api, load]);

  const backUp = async (): Promise<string | null> => {
    setError(null);
    inFlight.current = true;
    setWork({ phase: 'backup', percent: 0 });
    const result = await api.call('backups.create', {});
    inFlight.current = false;
    setWork(null);
    if (!result.ok) return setError(result.error), null;
    await load();
    return result.value.name;
  };

  const restore = async (input: BackupRestoreInput): Promise<BackupRestoreResult | null> => {
    setError(null);
    inFlight.current = true;
    setWork({ phase: 'restore', percent: 0 });
    const result = await api.call('backups.restore', input);
    inFlight.current = false;
    setWork(null);
    if (!result.ok) return setError(result.error), null;
    await load();
    return result.value;
  };

  // A file the owner picked goes to the host first (an upload, or the desktop's own copy).
  const restoreFile = async (file: File): Promise<BackupRestoreResult | null> => {
    setError(null);
    const staged = await api.stageFile(file);
    if (!staged.ok) return setError(staged.error), null;
    return restore({ fileId: staged.value.fileId });
  };

  return { list, work, error, backUp, restore, restoreFile, clearError: () => setError(null) };
};
