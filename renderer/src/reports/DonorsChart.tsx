import { Bar, BarChart, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { DonorReport } from '../../../api';
import { useI18n } from '../i18n/i18n';

type Props = { donors: DonorReport; title: string };

const tick = { fill: 'var(--muted)', fontSize: 12 };
const tooltipStyle = { background: 'var(--surface)', border: '1px solid var(--line)', borderRadius: 6, color: 'var(--text)' };

// New against returning donors: two bars side by side say more than two numbers.
export const DonorsChart = ({ donors, title }: Props) => {
  const { t, language } = useI18n();
  const numbers = new Intl.NumberFormat(language);
  const data = [
    { label: t('reports.donors.new'), donors: donors.newDonors, fill: 'var(--report-b)' },
    { label: t('reports.donors.returning'), donors: donors.returningDonors, fill: 'var(--report-a)' },
  ];
  return (
    <BarChart className="reports-chart" responsive layout="vertical" data={data} margin={{ top: 4, right: 16, bottom: 0, left: 8 }} title={title}>
      <XAxis type="number" allowDecimals={false} tickFormatter={(value: number) => numbers.format(value)} tick={tick} stroke="var(--line)" />
      <YAxis type="category" dataKey="label" tick={tick} stroke="var(--line)" width={160} />
      <Tooltip contentStyle={tooltipStyle} labelStyle={{ color: 'var(--text)' }} cursor={{ fill: 'var(--row-hover)', stroke: 'none' }} isAnimationActive={false} />
      <Bar dataKey="donors" name={title} radius={[0, 2, 2, 0]} isAnimationActive={false}>
        {data.map((entry) => (
          <Cell key={entry.label} fill={entry.fill} />
        ))}
      </Bar>
    </BarChart>
  );
};
