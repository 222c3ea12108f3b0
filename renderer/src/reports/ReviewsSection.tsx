import type { ReviewReport, ReportPart } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { ReportSection } from './ReportSection';

type Props = { reviews: ReviewReport; onCsv: (part: ReportPart) => void };

// Three numbers read better as a table than as a chart.
export const ReviewsSection = ({ reviews, onCsv }: Props) => {
  const { t, language } = useI18n();
  const numbers = new Intl.NumberFormat(language);
  const rows = [
    ['requests', t('reports.reviews.requests'), reviews.requestsSent],
    ['reminders', t('reports.reviews.reminders'), reviews.remindersSent],
    ['received', t('reports.reviews.received'), reviews.reviewsReceived],
  ] as const;
  return (
    <ReportSection part="reviews" title={t('reports.reviews.title')} onCsv={onCsv}>
      <table className="reports-table compact" data-testid="reports-reviews-table">
        <caption className="visually-hidden">{t('reports.reviews.table')}</caption>
        <tbody>
          {rows.map(([id, label, count]) => (
            <tr key={id} data-figure={id}>
              <th scope="row">{label}</th>
              <td className="number">{numbers.format(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('reports.reviews.receivedHint')}</p>
    </ReportSection>
  );
};
