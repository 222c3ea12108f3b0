import type { CartFunnel, ReportPart } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { FunnelChart } from './FunnelChart';
import { funnelStages, funnelSummary } from './report-text';
import { ReportSection } from './ReportSection';

type Props = { funnel: CartFunnel; onCsv: (part: ReportPart) => void };

// Carts abandoned in the range, followed down to recovered (after which message, or alone) or lost.
export const FunnelSection = ({ funnel, onCsv }: Props) => {
  const { t, language } = useI18n();
  const title = t('reports.funnel.title');
  const chartTitle = t('reports.funnel.chart');
  const stages = funnelStages(t, funnel);
  const summary = funnelSummary(t, language, funnel);
  const numbers = new Intl.NumberFormat(language);
  return (
    <ReportSection part="funnel" title={title} onCsv={onCsv}>
      {funnel.abandoned === 0 ? (
        <p className="muted">{t('reports.funnel.empty')}</p>
      ) : (
        <figure className="reports-figure" aria-describedby="reports-funnel-summary">
          <figcaption className="muted">{chartTitle}</figcaption>
          <div className="reports-chart-box funnel">
            <FunnelChart stages={stages} title={chartTitle} summary={summary} />
          </div>
          <p id="reports-funnel-summary" className="reports-summary">
            {summary}
          </p>
        </figure>
      )}
      <table className="reports-table compact" data-testid="reports-funnel-table">
        <caption>{t('reports.funnel.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.funnel.stage')}</th>
            <th scope="col" className="number">{t('reports.funnel.carts')}</th>
          </tr>
        </thead>
        <tbody>
          {stages.map((stage) => (
            <tr key={stage.id} data-stage={stage.id}>
              <th scope="row">{stage.label}</th>
              <td className="number">{numbers.format(stage.carts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSection>
  );
};
