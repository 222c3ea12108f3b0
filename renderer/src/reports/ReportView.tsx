import type { Report, ReportPart } from '../../../api';
import { AttributionWindows, type Days } from './AttributionWindows';
import { useI18n } from '../i18n/i18n';
import { useClock } from '../shared/clock';
import { DonorsSection } from './DonorsSection';
import { FunnelSection } from './FunnelSection';
import { ProgramsSection } from './ProgramsSection';
import { attributionText } from './report-text';
import { ReviewsSection } from './ReviewsSection';

// isStale: the figures still show the previous range while the new one loads.
// onSaveWindows: absent, the attribution windows are shown but not offered for change.
type Props = { report: Report; isStale: boolean; onCsv: (part: ReportPart) => void; onSaveWindows?: (days: Days) => Promise<string> };

// The figures of one report, top to bottom; the page around it loads them.
export const ReportView = ({ report, isStale, onCsv, onSaveWindows }: Props) => {
  const { t, language } = useI18n();
  const clock = useClock();
  return (
    <div className="reports-body" aria-busy={isStale}>
      <p className="reports-period" data-testid="reports-period">
        {t('reports.range.shown', { from: clock.day(report.from), to: clock.day(report.to) })}
      </p>
      <p className="hint reports-attribution" data-testid="reports-attribution">
        {attributionText(t, language, report.attributionDays)}
      </p>
      {onSaveWindows && <AttributionWindows key={JSON.stringify(report.attributionDays)} days={report.attributionDays} onSave={onSaveWindows} />}
      <ProgramsSection programs={report.programs} onCsv={onCsv} />
      <FunnelSection funnel={report.cartFunnel} onCsv={onCsv} />
      <DonorsSection donors={report.donors} onCsv={onCsv} />
      <ReviewsSection reviews={report.reviews} onCsv={onCsv} />
    </div>
  );
};
