import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError, Contact } from '../../../api';
import { useApi } from '../api/api-context';
import { displayName } from '../shared/display-name';
import { useI18n } from '../i18n/i18n';
import { describeError, fieldErrors } from '../shared/describe-error';
import { useDebouncedEffect } from '../shared/use-debounced-effect';

type Props = { onPick: (contact: Contact) => void };

const SHOWN = 8;
// One search per pause in typing, not one per key.
const TYPING_PAUSE_MS = 200;

// First step of the global Log… dialog: find the person as you type, or add them.
export const ContactPicker = ({ onPick }: Props) => {
  const api = useApi();
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<Contact[]>([]);
  const [isCreating, setIsCreating] = useState(false);
  const [draft, setDraft] = useState({ firstName: '', lastName: '', email: '', phone: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const errors = fieldErrors(error, t);

  // A blank search empties the list at once; only a search to run waits for the pause.
  useEffect(() => {
    if (search.trim() === '') setFound([]);
  }, [search]);

  useDebouncedEffect(
    () => {
      if (search.trim() === '') return;
      let isCurrent = true;
      void api.call('contacts.list', { search, limit: SHOWN }).then((result) => isCurrent && result.ok && setFound(result.value.rows));
      return () => {
        isCurrent = false;
      };
    },
    [api, search],
    TYPING_PAUSE_MS,
  );

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const result = await api.call('contacts.create', {
      firstName: draft.firstName,
      lastName: draft.lastName,
      email: draft.email.trim() || null,
      phone: draft.phone.trim() || null,
    });
    if (result.ok) onPick(result.value);
    else setError(result.error);
  };

  if (isCreating) {
    const text = (key: keyof typeof draft, label: 'field.firstName' | 'field.lastName' | 'field.email' | 'field.phone', type = 'text') => (
      <div className="field">
        <label htmlFor={`log-new-${key}`}>{t(label)}</label>
        <input id={`log-new-${key}`} type={type} value={draft[key]} aria-invalid={errors[key] ? true : undefined} onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))} />
        {errors[key] && (
          <p className="field-error" role="alert">
            {errors[key]}
          </p>
        )}
      </div>
    );
    return (
      <form className="contact-form" onSubmit={(e) => void create(e)} noValidate>
        {error && !error.issues?.length && <p role="alert" className="form-error">{describeError(error, t)}</p>}
        <div className="two">
          {text('firstName', 'field.firstName')}
          {text('lastName', 'field.lastName')}
        </div>
        {text('email', 'field.email', 'email')}
        {text('phone', 'field.phone', 'tel')}
        <div className="actions">
          <button type="button" onClick={() => setIsCreating(false)}>
            {t('log.pick.back')}
          </button>
          <button type="submit" className="primary">
            {t('log.pick.create')}
          </button>
        </div>
      </form>
    );
  }

  return (
    <div className="contact-picker">
      <label htmlFor="log-pick-search">{t('log.pick.search')}</label>
      <input id="log-pick-search" type="search" autoFocus autoComplete="off" placeholder={t('log.pick.placeholder')} value={search} onChange={(e) => setSearch(e.target.value)} />
      {search.trim() === '' ? (
        <p className="hint">{t('log.pick.hint')}</p>
      ) : found.length === 0 ? (
        <p className="hint">{t('log.pick.none', { search })}</p>
      ) : (
        <ul className="picker-results">
          {found.map((contact) => (
            <li key={contact.id}>
              <button type="button" onClick={() => onPick(contact)}>
                <bdi className="name">{displayName(contact) || t('panel.noName')}</bdi>
                <span className="muted">{[contact.email, contact.company].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            const [first = '', ...rest] = search.trim().split(/\s+/);
            setDraft((d) => ({ ...d, firstName: search.includes('@') ? '' : first, lastName: search.includes('@') ? '' : rest.join(' '), email: search.includes('@') ? search.trim() : '' }));
            setIsCreating(true);
          }}
        >
          {t('log.pick.new')}
        </button>
      </div>
    </div>
  );
};
