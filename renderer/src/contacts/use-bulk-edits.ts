import { useCallback, useEffect, useState } from 'react';
import type { BulkEditSummary } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { counted } from '../i18n/plural';
import { describeError } from '../shared/describe-error';

// The latest bulk edits, read again whenever contacts change (an edit here, an undo elsewhere).
export const useBulkEdits = () => {
  const api = useApi();
  const { t, language } = useI18n();
  const [edits, setEdits] = useState<BulkEditSummary[]>([]);
  const reload = useCallback(async () => {
    const result = await api.call('bulkEdits.list', {});
    if (result.ok) setEdits(result.value);
  }, [api]);

  useEffect(() => {
    void reload();
    return api.subscribe((event) => event.type === 'contacts.changed' && void reload());
  }, [api, reload]);

  // Gives the status line to show: how many got their value back, and how many kept a newer one.
  const undo = async (id: string): Promise<string> => {
    const result = await api.call('bulkEdits.undo', { id });
    await reload();
    if (!result.ok) return describeError(result.error, t);
    const { restored, keptLaterChange } = result.value;
    const kept = keptLaterChange > 0 ? ` ${counted(t, language, 'bulk.kept', keptLaterChange)}` : '';
    return `${counted(t, language, 'bulk.undone', restored)}${kept}`;
  };

  return { edits, undo };
};
