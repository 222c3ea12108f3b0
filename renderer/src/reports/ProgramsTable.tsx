import type { ProgramStepReport } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { moneyLines, programName } from './report-text';

const counts = ['prepared', 'sent', 'bounced', 'replied', 'unsubscribed', 'converted'] as const;

// Every figure of the programs' chart, and the ones it leaves out, as a table to read or copy.
export const ProgramsTable = ({ programs }: { programs: ProgramStepReport[] }) => {
  const { t, language } = useI18n();
  const numbers = new Intl.NumberFormat(language);
  return (
    <div className="reports-table-scroll">
      <table className="reports-table" data-testid="reports-programs-table">
        <caption>{t('reports.programs.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.programs.program')}</th>
            <th scope="col">{t('reports.programs.step')}</th>
            {counts.map((count) => (
              <th key={count} scope="col" className="number">
                {t(`reports.programs.${count}`)}
              </th>
            ))}
            <th scope="col" className="number">
              {t('reports.programs.revenue')}
            </th>
          </tr>
        </thead>
        <tbody>
          {programs.map((row) => {
            const money = moneyLines(language, row.revenueMinor);
            return (
              <tr key={`${row.program}-${row.step}`} data-program={row.program} data-step={row.step}>
                <th scope="row">{programName(t, row.program)}</th>
                <td>{t('reports.programs.stepNumber', { step: row.step })}</td>
                {counts.map((count) => (
                  <td key={count} className="number">
                    {numbers.format(row[count])}
                  </td>
                ))}
                <td className="number">
                  {money.length === 0
                    ? t('reports.programs.noRevenue')
                    : money.map((line) => (
                        <span key={line} className="reports-money">
                          {line}
                        </span>
                      ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};
