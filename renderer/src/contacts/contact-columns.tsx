import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { Contact } from '../../../api';
import type { Language, Translate } from '../i18n/i18n';
import type { Clock } from '../shared/clock';
import { countryName } from '../shared/countries';
import { formatPhone } from '../shared/phone-display';
import { formatMoney } from '../shared/money';
import { displayName } from '../shared/display-name';

export const contactFeatures = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof contactFeatures, Contact>();

// Column ids are the server's sort keys, so a header click maps straight to contacts.list.
// Timeline figures sort newest or largest first on the first click.
export const contactColumns = (t: Translate, language: Language, clock: Clock) => {
  // Figures may come from date-only events, kept at midnight UTC: those show as that day.
  const date = (iso: string | null) => (iso ? clock.dayOrDate(iso) : '');
  const money = (minor: number, c: Contact) =>
    minor === 0 ? <span className="figures-cell empty">—</span> : <span className="figures-cell">{formatMoney(minor, c.figures.currency, language)}</span>;
  return helper.columns([
    helper.accessor((c) => displayName(c), {
      id: 'name',
      header: () => t('column.name'),
      cell: (info) => <bdi className="name">{info.getValue() || t('panel.noName')}</bdi>,
    }),
    helper.accessor('email', { id: 'email', header: () => t('column.email'), cell: (info) => info.getValue() ?? '' }),
    helper.accessor('phone', { id: 'phone', header: () => t('column.phone'), cell: (info) => formatPhone(info.getValue()) }),
    helper.accessor('company', { id: 'company', header: () => t('column.company') }),
    helper.accessor('kind', { id: 'kind', header: () => t('column.kind'), cell: (info) => t(`kind.${info.getValue()}`) }),
    helper.accessor('tags', {
      id: 'tags',
      header: () => t('column.tags'),
      enableSorting: false,
      cell: (info) => (
        <span className="tags">
          {info.getValue().map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </span>
      ),
    }),
    helper.accessor('country', { id: 'country', header: () => t('column.country'), cell: (info) => countryName(info.getValue(), language) }),
    helper.accessor('updatedAt', { id: 'updatedAt', header: () => t('column.updatedAt'), cell: (info) => clock.date(info.getValue()) }),
    helper.accessor('prospectStatus', {
      id: 'prospectStatus',
      header: () => t('contacts.column.status'),
      cell: ({ row: { original: c } }) =>
        c.prospectStatus && (
          <span className="cart-cell" title={c.statusSince ? t('prospect.since', { status: t(`prospect.status.${c.prospectStatus}`), date: date(c.statusSince) }) : undefined}>
            {t(`prospect.status.${c.prospectStatus}`)}
            {c.statusSince && <small>{date(c.statusSince)}</small>}
          </span>
        ),
    }),
    helper.accessor((c) => c.figures.lastContactAt, { id: 'lastContactAt', sortDescFirst: true, header: () => t('contacts.column.lastContactAt'), cell: (info) => date(info.getValue()) }),
    helper.accessor((c) => c.figures.lastOrderAt, { id: 'lastOrderAt', sortDescFirst: true, header: () => t('contacts.column.lastOrderAt'), cell: (info) => date(info.getValue()) }),
    helper.accessor((c) => c.figures.lastDonationAt, { id: 'lastDonationAt', sortDescFirst: true, header: () => t('contacts.column.lastDonationAt'), cell: (info) => date(info.getValue()) }),
    helper.accessor((c) => c.figures.givenThisYearMinor, { id: 'givenThisYear', sortDescFirst: true, header: () => t('contacts.column.givenThisYear'), cell: (info) => money(info.getValue(), info.row.original) }),
    helper.accessor((c) => c.figures.givenLastYearMinor, { id: 'givenLastYear', sortDescFirst: true, header: () => t('contacts.column.givenLastYear'), cell: (info) => money(info.getValue(), info.row.original) }),
    helper.accessor((c) => c.figures.lifetimeMinor, { id: 'lifetimeValue', sortDescFirst: true, header: () => t('contacts.column.lifetimeValue'), cell: (info) => money(info.getValue(), info.row.original) }),
    helper.accessor((c) => c.figures.openCartAt, {
      id: 'openCartAt',
      sortDescFirst: true,
      header: () => t('contacts.column.openCart'),
      cell: ({ row: { original: c } }) =>
        c.figures.openCartAt && (
          <span className="cart-cell">
            {c.figures.openCartMinor === null ? '' : formatMoney(c.figures.openCartMinor, c.figures.currency, language)}
            <small>{date(c.figures.openCartAt)}</small>
          </span>
        ),
    }),
  ]);
};

// Grid tracks per column: the list is a CSS grid so virtualised rows line up with the header.
export const COLUMN_TRACKS: Record<string, { track: string; min: number }> = {
  name: { track: 'minmax(170px, 1.6fr)', min: 170 },
  email: { track: 'minmax(200px, 2fr)', min: 200 },
  phone: { track: '170px', min: 170 },
  company: { track: 'minmax(120px, 1.3fr)', min: 120 },
  kind: { track: '100px', min: 100 },
  tags: { track: 'minmax(110px, 1fr)', min: 110 },
  country: { track: '130px', min: 130 },
  updatedAt: { track: '130px', min: 130 },
  prospectStatus: { track: '140px', min: 140 },
  lastContactAt: { track: '135px', min: 135 },
  lastOrderAt: { track: '165px', min: 165 },
  lastDonationAt: { track: '135px', min: 135 },
  givenThisYear: { track: '160px', min: 160 },
  givenLastYear: { track: '160px', min: 160 },
  lifetimeValue: { track: '140px', min: 140 },
  openCartAt: { track: '150px', min: 150 },
};

export const columnIds = Object.keys(COLUMN_TRACKS);

// Shown unless the person chooses otherwise; the rest are one click away in "Columns".
export const DEFAULT_HIDDEN: readonly string[] = ['country', 'updatedAt', 'givenLastYear'];
