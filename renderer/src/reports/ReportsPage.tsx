import { useState } from 'react';
import { useApi } from '../api/api-context';
import type { Days } from './AttributionWindows';
import { useI18n } from '../i18n/i18n';
import { useClock } from '../shared/clock';
import { describeError } from '../shared/describe-error';
import { ZoneNote } from '../shared/ZoneNote';
import { rangeFor, todayIn, type Range, type RangeKind } from './range';
import { RangePicker } from './RangePicker';
import { ReportView } from './ReportView';
import { useReport } from './use-report';
import { useReportCsv } from './use-report-csv';
import './reports.css';

type Props = { fiscalYearStartMonth: number };

// What the messages brought back over a period the owner picks, each part downloadable as CSV.
export const ReportsPage = ({ fiscalYearStartMonth }: Props) => {
  const { t } = useI18n();
  const { timeZone } = useClock();
  const [kind, setKind] = useState<RangeKind>('month');
  const [range, setRange] = useState<Range>(() => rangeFor('month', todayIn(timeZone), fiscalYearStartMonth));
  const { report, error, reload } = useReport(range);
  const csv = useReportCsv(range);
  const api = useApi();
  const saveWindows = async (attributionDays: Days): Promise<string> => {
    const result = await api.call('settings.update', { attributionDays });
    return result.ok ? t('reports.windows.saved') : describeError(result.error, t);
  };

  return (
    <section className="page reports-page" aria-labelledby="reports-title">
      <header className="page-head">
        <h1 id="reports-title">{t('reports.title')}</h1>
      </header>
      <ZoneNote />
      <p className="lead">{t('reports.lead')}</p>
      <RangePicker
        kind={kind}
        range={range}
        onPreset={(next) => {
          setKind(next);
          setRange(rangeFor(next, todayIn(timeZone), fiscalYearStartMonth));
        }}
        onCustom={(next) => {
          setKind('custom');
          setRange(next);
        }}
      />
      <div role="status" className="status">
        {error && (
          <>
            {t('reports.loadError', { message: describeError(error, t) })}{' '}
            <button type="button" className="link" onClick={() => void reload()}>
              {t('reports.retry')}
            </button>
          </>
        )}
        {csv.error}
      </div>
      {report ? <ReportView report={report} isStale={report.from !== range.from || report.to !== range.to} onCsv={(part) => void csv.download(part)} onSaveWindows={saveWindows} /> : !error && <p className="muted">{t('reports.loading')}</p>}
    </section>
  );
};
