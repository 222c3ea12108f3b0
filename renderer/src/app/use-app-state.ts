import { useCallback, useEffect, useState } from 'react';
import type { AppInfo, Settings } from '../../../api';
import { useApi } from '../api/api-context';

// Settings and host facts every page may need; reloaded when another window changes them.
export const useAppState = () => {
  const api = useApi();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const loadSettings = useCallback(async () => {
    const result = await api.call('settings.get', {});
    if (result.ok) setSettings(result.value);
    else setLoadError(result.error.message);
  }, [api]);

  const loadInfo = useCallback(async () => {
    const result = await api.call('app.info', {});
    if (result.ok) setInfo(result.value);
  }, [api]);

  useEffect(() => {
    void loadSettings();
    void loadInfo();
    return api.subscribe((event) => {
      if (event.type === 'settings.changed') void loadSettings();
      // A restore (from Settings or the damaged-database notice) may end a damaged state.
      if (event.type === 'backups.changed' && event.isRestored) void loadInfo();
    });
  }, [api, loadSettings, loadInfo]);

  return { settings, info, loadError, setSettings, loadInfo };
};
