import { useI18n } from '../i18n/i18n';
import { contactFields, eventFields, fieldLabel, type ImportField } from './field-labels';

type Props = {
  headers: string[];
  samples: string[][];
  columns: ImportField[];
  onChange: (index: number, field: ImportField) => void;
};

const SAMPLES_SHOWN = 3;

// One row per column of the file: its header, what it holds, and where it goes.
export const MappingTable = ({ headers, samples, columns, onChange }: Props) => {
  const { t } = useI18n();
  return (
    <table className="import-table mapping-table">
      <thead>
        <tr>
          <th scope="col">{t('import.mapping.column')}</th>
          <th scope="col">{t('import.mapping.samples')}</th>
          <th scope="col">{t('import.mapping.target')}</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header, index) => {
          const name = header.trim() || t('import.mapping.noHeader', { number: index + 1 });
          const values = samples.map((row) => row[index]?.trim() ?? '').filter(Boolean).slice(0, SAMPLES_SHOWN);
          const field = columns[index] ?? 'ignore';
          return (
            <tr key={index} data-ignored={field === 'ignore' || undefined}>
              <th scope="row" className="header-name">
                {name}
              </th>
              <td className="samples">
                {values.length ? (
                  values.map((value, i) => (
                    // Isolated: a file's text may hold a right-to-left override, which must stop at its cell.
                    <bdi key={i} className="sample" title={value}>
                      {value}
                    </bdi>
                  ))
                ) : (
                  <span className="muted">{t('import.mapping.empty')}</span>
                )}
              </td>
              <td>
                <select
                  aria-label={t('import.mapping.selectLabel', { header: name })}
                  value={field}
                  onChange={(event) => onChange(index, event.target.value as ImportField)}
                >
                  <option value="ignore">{t(fieldLabel.ignore)}</option>
                  <optgroup label={t('import.mapping.groupContact')}>
                    {contactFields.map((option) => (
                      <option key={option} value={option}>
                        {t(fieldLabel[option])}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label={t('import.mapping.groupEvent')}>
                    {eventFields.map((option) => (
                      <option key={option} value={option}>
                        {t(fieldLabel[option])}
                      </option>
                    ))}
                  </optgroup>
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};
