import type { ProgramStepReport, ReportPart } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { ProgramsChart } from './ProgramsChart';
import { ProgramsTable } from './ProgramsTable';
import { programsSummary } from './report-text';
import { ReportSection } from './ReportSection';

type Props = { programs: ProgramStepReport[]; onCsv: (part: ReportPart) => void };

// Per program and step: the chart to look at, the table to read.
export const ProgramsSection = ({ programs, onCsv }: Props) => {
  const { t, language } = useI18n();
  const title = t('reports.programs.title');
  const chartTitle = t('reports.programs.chart');
  const summary = programsSummary(t, language, programs);
  const hasActivity = programs.some((row) => row.prepared > 0 || row.sent > 0);
  return (
    <ReportSection part="programs" title={title} onCsv={onCsv}>
      {hasActivity ? (
        <figure className="reports-figure" aria-describedby="reports-programs-summary">
          <figcaption className="muted">{chartTitle}</figcaption>
          <ul className="reports-legend" aria-hidden="true">
            <li><span className="reports-swatch d" />{t('reports.programs.prepared')}</li>
            <li><span className="reports-swatch a" />{t('reports.programs.sent')}</li>
            <li><span className="reports-swatch b" />{t('reports.programs.replied')}</li>
            <li><span className="reports-swatch c" />{t('reports.programs.converted')}</li>
          </ul>
          <div className="reports-chart-box">
            <ProgramsChart programs={programs} title={chartTitle} summary={summary} />
          </div>
          <p id="reports-programs-summary" className="reports-summary">
            {summary}
          </p>
        </figure>
      ) : (
        <p className="muted">{t('reports.programs.empty')}</p>
      )}
      {programs.length > 0 && <ProgramsTable programs={programs} />}
    </ReportSection>
  );
};
