import type { ImportSummary } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { presetName } from './preset-words';
import { useClock } from '../shared/clock';

type Props = { imports: ImportSummary[] | null; onUndo: (summary: ImportSummary) => void };

// Every import stays listed, so one from last week can still be taken back whole.
export const ImportHistory = ({ imports, onUndo }: Props) => {
  const { t, language } = useI18n();
  if (imports === null) return null;
  if (imports.length === 0) return <p className="muted">{t('import.history.empty')}</p>;
  const clock = useClock();
  const numbers = new Intl.NumberFormat(language);
  const when = (iso: string) => clock.moment(iso);
  return (
    <div className="import-table-scroll">
      <table className="import-table history-table">
        <thead>
          <tr>
            <th scope="col">{t('import.history.date')}</th>
            <th scope="col">{t('import.history.file')}</th>
            <th scope="col" className="number">{t('import.history.created')}</th>
            <th scope="col" className="number">{t('import.history.updated')}</th>
            <th scope="col" className="number">{t('import.history.rejected')}</th>
            <th scope="col" className="number">{t('import.history.events')}</th>
            <th scope="col">{t('import.history.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('import.history.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {imports.map((entry) => (
            <tr key={entry.id} data-undone={entry.undoneAt ? true : undefined}>
              <td className="nowrap">{when(entry.createdAt)}</td>
              <td className="file-name" title={entry.fileName}>
                {entry.fileName}
                {entry.presetId !== 'generic' && <span className="muted preset-name">{presetName(entry.presetId, entry.presetId, t)}</span>}
              </td>
              <td className="number">{numbers.format(entry.created)}</td>
              <td className="number">{numbers.format(entry.updated)}</td>
              <td className="number">{numbers.format(entry.rejected)}</td>
              <td className="number">{numbers.format(entry.events)}</td>
              <td>{entry.undoneAt ? t('import.history.undone', { date: when(entry.undoneAt) }) : t('import.history.done')}</td>
              <td>
                {!entry.undoneAt && (
                  <button type="button" className="small" aria-label={t('import.history.undoLabel', { file: entry.fileName })} onClick={() => onUndo(entry)}>
                    {t('import.history.undo')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
