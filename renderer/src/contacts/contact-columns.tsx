import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { Contact } from '../../../api';
import type { Language, Translate } from '../i18n/i18n';
import { countryName } from '../shared/countries';
import { formatPhone } from '../shared/phone-display';
import { displayName } from './display-name';

export const contactFeatures = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof contactFeatures, Contact>();

// Column ids are the server's sort keys, so a header click maps straight to contacts.list.
export const contactColumns = (t: Translate, language: Language) => {
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
  return helper.columns([
    helper.accessor((c) => displayName(c), {
      id: 'name',
      header: () => t('column.name'),
      cell: (info) => <span className="name">{info.getValue() || t('panel.noName')}</span>,
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
    helper.accessor('updatedAt', { id: 'updatedAt', header: () => t('column.updatedAt'), cell: (info) => dates.format(new Date(info.getValue())) }),
  ]);
};
