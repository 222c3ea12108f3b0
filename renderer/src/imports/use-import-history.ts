import { useCallback, useEffect, useState } from 'react';
import type { ApiError, ImportSummary } from '../../../api';
import { useApi } from '../api/api-context';

// Past imports, newest first. `reload` answers with the fresh list so the page can pick the
// import that just finished out of it.
export const useImportHistory = () => {
  const api = useApi();
  const [imports, setImports] = useState<ImportSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const reload = useCallback(async (): Promise<ImportSummary[] | null> => {
    const result = await api.call('imports.list', {});
    if (!result.ok) {
      setError(result.error);
      return null;
    }
    setError(null);
    setImports(result.value);
    return result.value;
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { imports, error, reload };
};
