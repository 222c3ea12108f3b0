import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { counted } from '../i18n/plural';
import { downloadText } from '../shared/download-text';
import { describeError } from '../shared/describe-error';
import { formatMoment } from '../shared/format-moment';
import './privacy-log.css';

const PAGE = 100;

// Settings → Privacy log (C9): consent changes, unsubscribes, suppressions, erasures, exports and
// mailbox changes, newest first, in the owner's time zone; the whole log as CSV.
export const PrivacyLog = ({ timeZone }: { timeZone: string }) => {
  const api = useApi();
  const { t, language } = useI18n();
  const [rows, setRows] = useState<AuditEntry[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState('');

  const load = useCallback(
    async (offset: number) => {
      const result = await api.call('audit.list', { offset, limit: PAGE });
      if (!result.ok) return setError(describeError(result.error, t));
      setError('');
      setTotal(result.value.total);
      setRows((before) => (offset === 0 ? result.value.rows : [...(before ?? []), ...result.value.rows]));
    },
    [api, t],
  );
  useEffect(() => void load(0), [load]);

  const exportCsv = async () => {
    const result = await api.call('audit.exportCsv', {});
    if (result.ok) downloadText(result.value.fileName, result.value.csv);
    else setError(describeError(result.error, t));
  };

  return (
    <section className="privacy-log" aria-labelledby="privacy-log-title">
      <h2 id="privacy-log-title">{t('audit.title')}</h2>
      <p className="hint">{t('audit.intro')}</p>
      {error && <p role="alert">{error}</p>}
      {rows === null ? (
        <p className="muted">{t('audit.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('audit.empty')}</p>
      ) : (
        <>
          <table className="privacy-log-table">
            <thead>
              <tr>
                <th scope="col">{t('audit.time')}</th>
                <th scope="col">{t('audit.actionColumn')}</th>
                <th scope="col">{t('audit.originColumn')}</th>
                <th scope="col">{t('audit.contact')}</th>
                <th scope="col">{t('audit.detail')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((entry) => (
                <tr key={entry.id} data-action={entry.action}>
                  <td>{formatMoment(entry.at, language, timeZone)}</td>
                  <td>{t(`audit.action.${entry.action}`)}</td>
                  <td>{t(`audit.origin.${entry.origin}`)}</td>
                  <td>
                    <code>{entry.contactId ?? ''}</code>
                  </td>
                  <td>{entry.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{counted(t, language, 'audit.count', total, { shown: rows.length })}</p>
        </>
      )}
      <div className="actions privacy-log-actions">
        {rows !== null && rows.length < total && (
          <button type="button" onClick={() => void load(rows.length)}>
            {t('audit.more')}
          </button>
        )}
        <button type="button" disabled={total === 0} onClick={() => void exportCsv()}>
          {t('audit.export')}
        </button>
      </div>
    </section>
  );
};
