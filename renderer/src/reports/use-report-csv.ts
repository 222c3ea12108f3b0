import { useState } from 'react';
import type { ReportPart } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { downloadText } from '../shared/download-text';
import { describeError } from '../shared/describe-error';
import type { Range } from './range';

// One section of the report as a CSV file made by core (its cells already neutralised against
// formulas, and starting with the BOM Excel needs to read it as UTF-8).
export const useReportCsv = (range: Range) => {
  const api = useApi();
  const { t } = useI18n();
  const [error, setError] = useState('');
  const download = async (part: ReportPart) => {
    setError('');
    const result = await api.call('reports.csv', { from: range.from, to: range.to, part });
    if (result.ok) downloadText(result.value.fileName, result.value.csv);
    else setError(t('reports.csvError', { message: describeError(result.error, t) }));
  };
  return { download, error };
};
