import type { MonthlyStats } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { monthLabel, moneyFormat } from './format';

// The chart's figures for screen readers and for copying: hidden from sight, not from them.
export const MonthlyTable = ({ stats }: { stats: MonthlyStats }) => {
  const { t, language } = useI18n();
  const money = stats.currency === null ? null : moneyFormat(language, stats.currency);
  const numbers = new Intl.NumberFormat(language);
  return (
    <table className="visually-hidden" data-testid="home-chart-table">
      <caption>{t('home.chart.table')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('home.chart.month')}</th>
          <th scope="col">{t('home.chart.ordersNumber')}</th>
          {money && <th scope="col">{t('home.chart.ordersAmount')}</th>}
          <th scope="col">{t('home.chart.donationsNumber')}</th>
          {money && <th scope="col">{t('home.chart.donationsAmount')}</th>}
        </tr>
      </thead>
      <tbody>
        {stats.months.map((m) => (
          <tr key={m.month}>
            <th scope="row">{monthLabel(language, m.month, 'long')}</th>
            <td>{numbers.format(m.orders)}</td>
            {money && <td>{money.full(m.ordersMinor)}</td>}
            <td>{numbers.format(m.donations)}</td>
            {money && <td>{money.full(m.donationsMinor)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
};
