import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../i18n/i18n';
import type { FunnelStage } from './report-text';

type Props = { stages: FunnelStage[]; title: string; summary: string };

const tick = { fill: 'var(--muted)', fontSize: 12 };
const tooltipStyle = { background: 'var(--surface)', border: '1px solid var(--line)', borderRadius: 6, color: 'var(--text)' };

// The funnel as horizontal bars, top stage first, so the labels stay readable in French too.
export const FunnelChart = ({ stages, title, summary }: Props) => {
  const { t, language } = useI18n();
  const numbers = new Intl.NumberFormat(language);
  return (
    <BarChart className="reports-chart" responsive layout="vertical" data={stages} margin={{ top: 4, right: 16, bottom: 0, left: 8 }} title={title} desc={summary}>
      <CartesianGrid horizontal={false} stroke="var(--line)" />
      <XAxis type="number" allowDecimals={false} tickFormatter={(value: number) => numbers.format(value)} tick={tick} stroke="var(--line)" />
      <YAxis type="category" dataKey="label" tick={tick} stroke="var(--line)" width={210} />
      <Tooltip contentStyle={tooltipStyle} labelStyle={{ color: 'var(--text)' }} cursor={{ fill: 'var(--row-hover)', stroke: 'none' }} isAnimationActive={false} />
      <Bar dataKey="carts" name={t('reports.funnel.carts')} fill="var(--report-a)" radius={[0, 2, 2, 0]} isAnimationActive={false} />
    </BarChart>
  );
};
