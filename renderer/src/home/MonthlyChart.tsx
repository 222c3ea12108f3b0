import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { MonthlyStats } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { chartPoints, measureOf } from './chart-data';
import { ChartTooltip } from './ChartTooltip';
import { monthLabel, moneyFormat } from './format';

type Props = { stats: MonthlyStats; title: string; summary: string };

// Colours come from the stylesheet's variables, so the chart follows the light or dark theme.
const tick = { fill: 'var(--muted)', fontSize: 12 };

export const MonthlyChart = ({ stats, title, summary }: Props) => {
  const { t, language } = useI18n();
  const money = stats.currency === null ? null : moneyFormat(language, stats.currency);
  const numbers = new Intl.NumberFormat(language, { notation: 'compact' });
  const axisTitle = measureOf(stats) === 'amount' ? t('home.chart.amountAxis', { currency: stats.currency ?? '' }) : t('home.chart.countAxis');
  return (
    <BarChart
      className="home-chart"
      responsive
      data={chartPoints(stats)}
      margin={{ top: 8, right: 8, bottom: 0, left: 12 }}
      barGap={1}
      title={title}
      desc={summary}
    >
      <CartesianGrid vertical={false} stroke="var(--line)" />
      <XAxis
        dataKey="month"
        tickFormatter={(month: string) => monthLabel(language, month, 'short')}
        tick={tick}
        stroke="var(--line)"
        interval="preserveStartEnd"
        minTickGap={12}
      />
      <YAxis
        tickFormatter={(value: number) => (money ? money.compact(value) : numbers.format(value))}
        tick={tick}
        stroke="var(--line)"
        width={72}
        label={{ value: axisTitle, angle: -90, position: 'insideLeft', offset: 0, fill: 'var(--muted)', fontSize: 12, style: { textAnchor: 'middle' } }}
      />
      <Tooltip content={<ChartTooltip money={money} />} cursor={{ fill: 'var(--row-hover)', stroke: 'none' }} isAnimationActive={false} />
      <Bar dataKey="orderValue" name={t('home.chart.orders')} fill="var(--home-orders)" radius={[2, 2, 0, 0]} isAnimationActive={false} />
      <Bar dataKey="donationValue" name={t('home.chart.donations')} fill="var(--home-donations)" radius={[2, 2, 0, 0]} isAnimationActive={false} />
    </BarChart>
  );
};
