import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import type { ReportPart } from '../../../api';

type Props = { part: ReportPart; title: string; onCsv: (part: ReportPart) => void; children: ReactNode };

// One part of the report: its heading, its CSV download, then its figures.
export const ReportSection = ({ part, title, onCsv, children }: Props) => {
  const { t } = useI18n();
  return (
    <section className="card reports-section" aria-labelledby={`reports-${part}-title`} data-part={part}>
      <div className="reports-section-head">
        <h2 id={`reports-${part}-title`}>{title}</h2>
        <button type="button" aria-describedby={`reports-${part}-title`} onClick={() => onCsv(part)}>
          {t('reports.csv')}
        </button>
      </div>
      {children}
    </section>
  );
};
