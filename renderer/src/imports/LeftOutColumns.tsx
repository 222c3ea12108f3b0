import type { ColumnNote } from '../../../api';
import { useI18n } from '../i18n/i18n';
import type { ImportField } from './field-labels';
import { describeLeftOut, stillLeftOut } from './left-out-words';

type Props = { notes: readonly ColumnNote[]; headers: readonly string[]; columns: readonly ImportField[] };

// Under the mapping: which columns the import leaves out and why, so a column the file has is
// never dropped without a word.
export const LeftOutColumns = ({ notes, headers, columns }: Props) => {
  const { t } = useI18n();
  const shown = stillLeftOut(notes, headers, columns);
  if (shown.length === 0) return null;
  return (
    <section className="left-out-columns" data-testid="left-out-columns" aria-label={t('import.leftOut.title')}>
      <h3>{t('import.leftOut.title')}</h3>
      <ul>
        {shown.map((note) => (
          <li key={`${note.column}-${note.params.index ?? ''}`}>{describeLeftOut(note, t)}</li>
        ))}
      </ul>
      <p className="hint">{t('import.leftOut.hint')}</p>
    </section>
  );
};
