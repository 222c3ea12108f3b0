import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { columnIds } from './contact-columns';

type Props = { hidden: ReadonlySet<string>; onToggle: (id: string) => void; onReset: () => void };

const LABELS: Record<string, MessageKey> = {
  name: 'column.name',
  email: 'column.email',
  phone: 'column.phone',
  company: 'column.company',
  kind: 'column.kind',
  tags: 'column.tags',
  country: 'column.country',
  updatedAt: 'column.updatedAt',
  prospectStatus: 'contacts.column.status',
  lastContactAt: 'contacts.column.lastContactAt',
  lastOrderAt: 'contacts.column.lastOrderAt',
  lastDonationAt: 'contacts.column.lastDonationAt',
  givenThisYear: 'contacts.column.givenThisYear',
  givenLastYear: 'contacts.column.givenLastYear',
  lifetimeValue: 'contacts.column.lifetimeValue',
  openCartAt: 'contacts.column.openCart',
};

// A plain <details> menu of checkboxes: keyboard-usable without a menu library.
export const ColumnPicker = ({ hidden, onToggle, onReset }: Props) => {
  const { t } = useI18n();
  return (
    <details className="columns-menu">
      <summary aria-label={t('contacts.columnsLabel')}>{t('contacts.columns')}</summary>
      <div className="columns-list">
        {columnIds
          .filter((id) => id !== 'name')
          .map((id) => (
            <label key={id}>
              <input type="checkbox" checked={!hidden.has(id)} onChange={() => onToggle(id)} />
              {t(LABELS[id] ?? 'column.name')}
            </label>
          ))}
        <button type="button" className="small" onClick={onReset}>
          {t('contacts.columnsReset')}
        </button>
      </div>
    </details>
  );
};
