import type { Contact } from '../../../api';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { useClock } from '../shared/clock';
import { formatMoney } from '../shared/money';

// The timeline's figures for one person, only those that have a value.
export const ContactFigures = ({ contact }: { contact: Contact }) => {
  const { t, language } = useI18n();
  const f = contact.figures;
  const clock = useClock();
  // A last order or donation may be a date-only event, kept at midnight UTC: shown as that day.
  const date = (iso: string | null) => (iso ? clock.dayOrDate(iso) : '');
  const money = (minor: number) => (minor === 0 ? '' : formatMoney(minor, f.currency, language));
  const cart = f.openCartAt
    ? f.openCartMinor === null
      ? t('contacts.figures.cartNoAmount', { date: date(f.openCartAt) })
      : t('contacts.figures.cart', { amount: formatMoney(f.openCartMinor, f.currency, language), date: date(f.openCartAt) })
    : '';
  const rows: [MessageKey, string][] = [
    ['contacts.column.openCart', cart],
    ['contacts.column.lastContactAt', date(f.lastContactAt)],
    ['contacts.column.lastOrderAt', date(f.lastOrderAt)],
    ['contacts.column.lastDonationAt', date(f.lastDonationAt)],
    ['contacts.column.givenThisYear', money(f.givenThisYearMinor)],
    ['contacts.column.givenLastYear', money(f.givenLastYearMinor)],
    ['contacts.column.lifetimeValue', money(f.lifetimeMinor)],
  ];
  const shown = rows.filter(([, value]) => value !== '');
  if (shown.length === 0) return null;
  return (
    <>
      <h3>{t('contacts.figures.title')}</h3>
      <dl className="facts figures" data-testid="contact-figures">
        {shown.map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
};
