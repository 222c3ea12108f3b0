import type { DonorReport, ReportPart } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { DonorsChart } from './DonorsChart';
import { moneyLines, percent } from './report-text';
import { ReportSection } from './ReportSection';

type Props = { donors: DonorReport; onCsv: (part: ReportPart) => void };

// Year over year, by the owner's giving year: who gave again, who came back, who is new.
export const DonorsSection = ({ donors, onCsv }: Props) => {
  const { t, language } = useI18n();
  const numbers = new Intl.NumberFormat(language);
  const title = t('reports.donors.title');
  const chartTitle = t('reports.donors.chart');
  const gifts = moneyLines(language, donors.averageGiftMinor);
  const retention =
    donors.retentionRate === null
      ? t('reports.donors.noRetention')
      : t('reports.donors.retentionValue', { rate: percent(language, donors.retentionRate), again: donors.gaveAgain, last: donors.lastYearDonors });
  const rows: [string, string, string][] = [
    ['retention', t('reports.donors.retention'), retention],
    ['lybunt-won-back', t('reports.donors.lybuntWonBack'), numbers.format(donors.lybuntWonBack)],
    ['average-gift', t('reports.donors.averageGift'), gifts.length === 0 ? t('reports.donors.noGift') : gifts.join(' · ')],
    ['new', t('reports.donors.new'), numbers.format(donors.newDonors)],
    ['returning', t('reports.donors.returning'), numbers.format(donors.returningDonors)],
  ];
  return (
    <ReportSection part="donors" title={title} onCsv={onCsv}>
      <p className="muted">{t('reports.donors.lead', { year: String(donors.givingYear), previous: String(donors.givingYear - 1) })}</p>
      <div className="reports-pair">
        <table className="reports-table compact" data-testid="reports-donors-table">
          <caption>{t('reports.donors.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.donors.figure')}</th>
              <th scope="col" className="number">{t('reports.donors.value')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([id, label, value]) => (
              <tr key={id} data-figure={id}>
                <th scope="row">{label}</th>
                <td className="number">{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {donors.newDonors + donors.returningDonors > 0 && (
          <figure className="reports-figure small">
            <figcaption className="muted">{chartTitle}</figcaption>
            <div className="reports-chart-box donors">
              <DonorsChart donors={donors} title={chartTitle} />
            </div>
          </figure>
        )}
      </div>
    </ReportSection>
  );
};
