import type { ImportPreview } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { counted, pluralKey, type PluralBase } from '../i18n/plural';
import { describeDateOrder } from './date-order-words';

type Counts = ImportPreview['counts'];
type Props = { counts: Counts; dateOrder: ImportPreview['dateOrder']; isRefreshing: boolean };

const cards: { key: keyof Counts; label: PluralBase; tone?: 'good' | 'bad' }[] = [
  { key: 'create', label: 'import.counts.create', tone: 'good' },
  { key: 'update', label: 'import.counts.update' },
  { key: 'skip', label: 'import.counts.skip' },
  { key: 'merged', label: 'import.counts.merged' },
  { key: 'reject', label: 'import.counts.reject', tone: 'bad' },
  { key: 'events', label: 'import.counts.events' },
  { key: 'erasedSkipped', label: 'import.counts.erasedSkipped' },
];

// What the import would do, computed by a dry run of the same code that writes.
export const PreviewSummary = ({ counts, dateOrder, isRefreshing }: Props) => {
  const { t, language } = useI18n();
  const number = new Intl.NumberFormat(language);
  return (
    <div className="preview-summary" aria-busy={isRefreshing}>
      <p className="muted" aria-live="polite">
        {isRefreshing ? t('import.counts.refreshing') : counted(t, language, 'import.counts.rows', counts.rows)}
      </p>
      <ul className="count-cards">
        {/* Erased people are shown only when the file has some: most files have none. */}
        {cards.filter(({ key }) => key !== 'erasedSkipped' || counts.erasedSkipped > 0).map(({ key, label, tone }) => (
          <li key={key} className="count-card" data-count={key} data-tone={counts[key] > 0 ? tone : undefined}>
            <span className="count-number">{number.format(counts[key])}</span>
            <span className="count-label">{t(pluralKey(language, counts[key], `${label}.one`, `${label}.other`))}</span>
          </li>
        ))}
      </ul>
      {dateOrder.rule !== 'import.dateOrder.none' && <p className="muted" data-testid="date-order">{describeDateOrder(dateOrder, t, language)}</p>}
    </div>
  );
};
