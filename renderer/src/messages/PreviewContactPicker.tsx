import { useState } from 'react';
import type { Contact } from '../../../api';
import { useApi } from '../api/api-context';
import { displayName } from '../shared/display-name';
import { useI18n } from '../i18n/i18n';
import { useDebouncedEffect } from '../shared/use-debounced-effect';

type Props = { selected: Contact | null; onPick: (contact: Contact) => void };

const SHOWN = 6;
// One search per pause in typing, not one per key.
const TYPING_PAUSE_MS = 200;

// Any real contact, found as you type; with nothing typed, the first few by name.
export const PreviewContactPicker = ({ selected, onPick }: Props) => {
  const api = useApi();
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<Contact[] | null>(null);

  useDebouncedEffect(
    () => {
      let isCurrent = true;
      void api.call('contacts.list', { search, limit: SHOWN }).then((result) => isCurrent && setFound(result.ok ? result.value.rows : []));
      return () => {
        isCurrent = false;
      };
    },
    [api, search],
    TYPING_PAUSE_MS,
  );

  return (
    <div className="msg-picker">
      <label htmlFor="msg-preview-search">{t('messages.preview.pick')}</label>
      <input
        id="msg-preview-search"
        type="search"
        autoComplete="off"
        placeholder={t('messages.preview.searchPlaceholder')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {found?.length === 0 ? (
        <p className="hint">{search.trim() === '' ? t('messages.preview.noContacts') : t('messages.preview.noMatch', { search })}</p>
      ) : (
        <ul className="msg-picker-results" aria-label={t('messages.preview.results')}>
          {found?.map((contact) => (
            <li key={contact.id}>
              <button type="button" aria-pressed={contact.id === selected?.id} onClick={() => onPick(contact)}>
                <bdi className="name">{displayName(contact) || t('panel.noName')}</bdi>
                <span className="muted">{contact.email ?? contact.phone ?? ''}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};
