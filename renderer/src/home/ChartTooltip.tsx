import type { TooltipContentProps } from 'recharts';
import { useI18n } from '../i18n/i18n';
import { donationCount, orderCount, type ChartPoint } from './chart-data';
import { monthLabel, type MoneyFormat } from './format';

type Props = Partial<TooltipContentProps<number, string>> & { money: MoneyFormat | null };

// The month under the pointer: each amount with how many orders or donations make it.
export const ChartTooltip = ({ active, payload, money }: Props) => {
  const { t, language } = useI18n();
  const point = payload?.[0]?.payload as ChartPoint | undefined;
  if (!active || !point) return null;
  const amount = (minor: number) => (money ? ` · ${money.full(minor)}` : '');
  return (
    <div className="home-tooltip">
      <p className="home-tooltip-month">{monthLabel(language, point.month, 'long')}</p>
      <p>
        <span className="home-swatch orders" aria-hidden="true" />
        {orderCount(t, language, point.orders)}
        {amount(point.ordersMinor)}
      </p>
      <p>
        <span className="home-swatch donations" aria-hidden="true" />
        {donationCount(t, language, point.donations)}
        {amount(point.donationsMinor)}
      </p>
    </div>
  );
};
