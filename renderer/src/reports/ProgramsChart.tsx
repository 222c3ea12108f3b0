import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProgramStepReport } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { programName } from './report-text';

type Props = { programs: ProgramStepReport[]; title: string; summary: string };

// Colours come from the stylesheet's variables, so the chart follows the light or dark theme.
const tick = { fill: 'var(--muted)', fontSize: 12 };
const tooltipStyle = { background: 'var(--surface)', border: '1px solid var(--line)', borderRadius: 6, color: 'var(--text)' };

export const ProgramsChart = ({ programs, title, summary }: Props) => {
  const { t, language } = useI18n();
  const numbers = new Intl.NumberFormat(language);
  const data = programs.map((row) => ({
    label: `${programName(t, row.program)} · ${row.step}`,
    prepared: row.prepared,
    sent: row.sent,
    replied: row.replied,
    converted: row.converted,
  }));
  return (
    <BarChart className="reports-chart" responsive data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} barGap={1} title={title} desc={summary}>
      <CartesianGrid vertical={false} stroke="var(--line)" />
      <XAxis dataKey="label" tick={tick} stroke="var(--line)" interval={0} height={48} />
      <YAxis allowDecimals={false} tickFormatter={(value: number) => numbers.format(value)} tick={tick} stroke="var(--line)" width={48} />
      <Tooltip contentStyle={tooltipStyle} labelStyle={{ color: 'var(--text)' }} cursor={{ fill: 'var(--row-hover)', stroke: 'none' }} isAnimationActive={false} />
      {/* Prepared first: before anything is sent, the steps still show what is waiting. */}
      <Bar dataKey="prepared" name={t('reports.programs.prepared')} fill="var(--report-d)" radius={[2, 2, 0, 0]} isAnimationActive={false} />
      <Bar dataKey="sent" name={t('reports.programs.sent')} fill="var(--report-a)" radius={[2, 2, 0, 0]} isAnimationActive={false} />
      <Bar dataKey="replied" name={t('reports.programs.replied')} fill="var(--report-b)" radius={[2, 2, 0, 0]} isAnimationActive={false} />
      <Bar dataKey="converted" name={t('reports.programs.converted')} fill="var(--report-c)" radius={[2, 2, 0, 0]} isAnimationActive={false} />
    </BarChart>
  );
};
