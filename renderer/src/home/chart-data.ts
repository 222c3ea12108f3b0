import type { MonthFigures, MonthlyStats } from '../../../api';
import type { Language, Translate } from '../i18n/i18n';
import { pluralKey } from '../i18n/plural';
import { moneyFormat } from './format';

// Amounts when the figures have a currency, otherwise only numbers of orders and donations.
export type Measure = 'amount' | 'count';

export type ChartPoint = MonthFigures & { orderValue: number; donationValue: number };

export const measureOf = (stats: MonthlyStats): Measure => (stats.currency === null ? 'count' : 'amount');

export const chartPoints = (stats: MonthlyStats): ChartPoint[] => {
  const isAmount = measureOf(stats) === 'amount';
  return stats.months.map((m) => ({
    ...m,
    orderValue: isAmount ? m.ordersMinor : m.orders,
    donationValue: isAmount ? m.donationsMinor : m.donations,
  }));
};

export const hasActivity = (stats: MonthlyStats): boolean => stats.months.some((m) => m.orders > 0 || m.donations > 0);

export const orderCount = (t: Translate, language: Language, count: number): string =>
  t(pluralKey(language, count, 'home.chart.orderCount.one', 'home.chart.orderCount.other'), { count });

export const donationCount = (t: Translate, language: Language, count: number): string =>
  t(pluralKey(language, count, 'home.chart.donationCount.one', 'home.chart.donationCount.other'), { count });

// The figures in one sentence, shown under the chart and read by screen readers.
export const chartSummary = (t: Translate, language: Language, stats: MonthlyStats): string => {
  const total = (pick: (m: MonthFigures) => number) => stats.months.reduce((sum, m) => sum + pick(m), 0);
  const orders = orderCount(t, language, total((m) => m.orders));
  const donations = donationCount(t, language, total((m) => m.donations));
  if (stats.currency === null) return t('home.chart.summaryCounts', { orders, donations });
  const money = moneyFormat(language, stats.currency);
  return t('home.chart.summary', {
    orders,
    donations,
    ordersAmount: money.full(total((m) => m.ordersMinor)),
    donationsAmount: money.full(total((m) => m.donationsMinor)),
  });
};
