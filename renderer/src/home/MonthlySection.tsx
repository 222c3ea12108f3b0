import type { MonthlyStats } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { counted } from '../i18n/plural';
import { chartSummary, hasActivity } from './chart-data';
import { MonthlyChart } from './MonthlyChart';
import { MonthlyTable } from './MonthlyTable';

type Props = { stats: MonthlyStats; onCurrency: (currency: string) => void };

// Orders and donations of the last months: the chart, its caption, and the same figures as text.
export const MonthlySection = ({ stats, onCurrency }: Props) => {
  const { t, language } = useI18n();
  const title = t('home.chart.title');
  const count = stats.months.length;
  const caption = stats.currency === null ? counted(t, language, 'home.chart.captionCounts', count) : counted(t, language, 'home.chart.caption', count, { currency: stats.currency });
  const summary = chartSummary(t, language, stats);
  const isMixed = stats.currencies.length > 1;
  return (
    <section className="home-monthly" aria-labelledby="home-monthly-title">
      <div className="home-monthly-head">
        <h2 id="home-monthly-title">{title}</h2>
        {isMixed && (
          <label className="home-currency">
            {t('home.chart.currency')}
            <select value={stats.currency ?? ''} onChange={(event) => onCurrency(event.target.value)}>
              {stats.currencies.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {hasActivity(stats) ? (
        <figure className="home-figure" aria-describedby="home-monthly-summary">
          <figcaption className="muted">{caption}</figcaption>
          <ul className="home-legend" aria-hidden="true">
            <li>
              <span className="home-swatch orders" />
              {t('home.chart.orders')}
            </li>
            <li>
              <span className="home-swatch donations" />
              {t('home.chart.donations')}
            </li>
          </ul>
          <div className="home-chart-box">
            <MonthlyChart stats={stats} title={title} summary={summary} />
          </div>
          <p id="home-monthly-summary" className="home-summary">
            {summary}
          </p>
          {isMixed && <p className="hint">{t('home.chart.otherCurrencies')}</p>}
          <MonthlyTable stats={stats} />
        </figure>
      ) : (
        <p className="muted">{counted(t, language, 'home.chart.empty', count)}</p>
      )}
    </section>
  );
};
