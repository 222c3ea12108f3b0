import type { BulkEditSummary } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { counted } from '../i18n/plural';
import { useClock } from '../shared/clock';
import { valueWords } from './bulk-words';

type Props = { edits: BulkEditSummary[]; onUndo: (edit: BulkEditSummary) => void };

// The latest changes made to many contacts at once, each with its Undo, like the import history.
export const RecentChanges = ({ edits, onUndo }: Props) => {
  const { t, language } = useI18n();
  const clock = useClock();
  if (edits.length === 0) return null;
  return (
    <details className="recent-changes">
      <summary>{t('bulk.recent.title')}</summary>
      <ul>
        {edits.map((edit) => {
          const what = t(`bulk.recent.what.${edit.field}`, { value: valueWords(edit.field, edit.value, t) });
          return (
            <li key={edit.id} data-undone={edit.undoneAt ? true : undefined}>
              <span className="nowrap">{clock.moment(edit.createdAt)}</span>
              <span>{what}</span>
              <span className="muted">{counted(t, language, 'bulk.recent.contacts', edit.contactCount)}</span>
              {edit.undoneAt ? (
                <span className="muted">{t('bulk.recent.undone', { date: clock.moment(edit.undoneAt) })}</span>
              ) : (
                <button type="button" className="small" aria-label={t('bulk.recent.undoLabel', { what })} onClick={() => onUndo(edit)}>
                  {t('bulk.recent.undo')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
};
