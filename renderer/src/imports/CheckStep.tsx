import type { ImportPreview, ImportRequest } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { withColumn, type Mapping } from './field-labels';
import { formatLine } from './format-words';
import { ImportOptions } from './ImportOptions';
import { LeftOutColumns } from './LeftOutColumns';
import { FileBasisChoice } from './FileBasisChoice';
import { MappingTable } from './MappingTable';
import { counted, plural } from '../i18n/plural';
import { presetName } from './preset-words';
import { PreviewSummary } from './PreviewSummary';
import { ProblemsTable } from './ProblemsTable';

export type Request = Required<ImportRequest>;

type Props = {
  preview: ImportPreview;
  request: Request;
  defaultCountry: string;
  isRefreshing: boolean;
  onChange: (patch: Partial<Request>) => void;
  onDownloadRejected: () => void;
  onStart: () => void;
  onAnotherFile: () => void;
};

// Step 2: what was read, where each column goes, and what importing would do.
export const CheckStep = ({ preview, request, defaultCountry, isRefreshing, onChange, onDownloadRejected, onStart, onAnotherFile }: Props) => {
  const { t, language } = useI18n();
  // Until the person edits it, the mapping is the one the preview chose (preset or saved).
  const mapping: Mapping = request.mapping ?? preview.mapping;
  const { counts } = preview;
  const contactCount = counts.create + counts.update;
  const startLabel =
    contactCount === 0 && counts.events > 0
      ? counted(t, language, 'import.start.events', counts.events)
      : plural(t, language, contactCount, 'import.start.one', 'import.start.other');
  const isGeneric = preview.presetId === 'generic';

  return (
    <div className="check-step">
      <p className="format-line" data-testid="import-format">
        {formatLine(preview, t)}{' '}
        <span className="muted">{isGeneric ? t('import.format.generic') : t('import.format.preset', { preset: presetName(preview.presetId, preview.presetName, t) })}</span>
      </p>

      <h2>{t('import.mapping.title')}</h2>
      <div className="import-table-scroll">
        <MappingTable
          headers={preview.headers}
          samples={preview.samples}
          columns={mapping.columns}
          onChange={(index, field) => onChange({ mapping: withColumn(mapping, index, field) })}
        />
      </div>
      <LeftOutColumns notes={preview.columnNotes} headers={preview.headers} columns={mapping.columns} />
      <ImportOptions
        mode={request.mode}
        country={request.country}
        defaultCountry={defaultCountry}
        mapping={mapping}
        onChange={onChange}
        onMapping={(next) => onChange({ mapping: next })}
      />
      <FileBasisChoice isChosen={request.fileBasis === 'soft-opt-in'} onChange={(isChosen) => onChange({ fileBasis: isChosen ? 'soft-opt-in' : null })} />

      <h2>{t('import.counts.title')}</h2>
      <PreviewSummary counts={counts} dateOrder={preview.dateOrder} isRefreshing={isRefreshing} />

      <h2>{t('import.problems.title')}</h2>
      <ProblemsTable problems={preview.problems} problemCount={preview.problemCount} />
      {counts.reject > 0 && (
        <p>
          <button type="button" onClick={onDownloadRejected}>
            {t('import.problems.download')}
          </button>{' '}
          <span className="hint">{t('import.problems.downloadHint')}</span>
        </p>
      )}

      <div className="step-actions">
        <button type="button" onClick={onAnotherFile}>
          {t('import.another')}
        </button>
        <button type="button" className="primary" disabled={isRefreshing || contactCount + counts.events === 0} onClick={onStart}>
          {startLabel}
        </button>
      </div>
      {contactCount + counts.events === 0 && !isRefreshing && <p className="muted">{t('import.start.nothing')}</p>}
    </div>
  );
};
