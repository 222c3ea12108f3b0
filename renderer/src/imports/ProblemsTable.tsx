import type { ImportPreview } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { counted } from '../i18n/plural';
import { describeIssue } from '../shared/describe-error';

type Props = { problems: ImportPreview['problems']; problemCount: number };

// The first problems with where they are in the file, so they can be fixed there.
export const ProblemsTable = ({ problems, problemCount }: Props) => {
  const { t, language } = useI18n();
  if (problemCount === 0) return <p className="muted">{t('import.problems.none')}</p>;
  const more = problemCount - problems.length;
  return (
    <>
      <div className="import-table-scroll">
        <table className="import-table problems-table">
          <thead>
            <tr>
              <th scope="col">{t('import.problems.line')}</th>
              <th scope="col">{t('import.problems.column')}</th>
              <th scope="col">{t('import.problems.message')}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, index) => (
              <tr key={index}>
                <td className="number">{problem.line}</td>
                <td>{problem.column ?? '—'}</td>
                <td>{describeIssue(problem, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 && <p className="muted">{counted(t, language, 'import.problems.more', more)}</p>}
    </>
  );
};
