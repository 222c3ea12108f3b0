import { useCallback, useEffect, useState } from 'react';
import type { Contact, ContactSortKey } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';
import { ColumnPicker } from './ColumnPicker';
import { DeleteContactDialog } from './DeleteContactDialog';
import { ContactForm } from './ContactForm';
import { ContactPanel } from './ContactPanel';
import { ContactsTable } from './ContactsTable';
import { SelectionBar } from './SelectionBar';
import { unsubscribeSelection } from './unsubscribe-selection';
import { useSelection } from './use-selection';
import { deleteContact, type RemoveHow } from './delete-contact';
import { useColumnChoice } from './use-column-choice';
import { useContactRows, type ContactQuery } from './use-contact-rows';
import './contacts.css';

type Side = { mode: 'none' } | { mode: 'view'; contact: Contact } | { mode: 'edit'; contact: Contact } | { mode: 'new' };

export const ContactsPage = () => {
  const api = useApi();
  const { t, language } = useI18n();
  const selection = useSelection();
  const [query, setQuery] = useState<ContactQuery>({ search: '', sort: 'name', direction: 'asc' });
  const [side, setSide] = useState<Side>({ mode: 'none' });
  const [toDelete, setToDelete] = useState<Contact | null>(null);
  const [status, setStatus] = useState('');
  const { total, rowAt, ensureRange, refresh, error } = useContactRows(query);
  const columns = useColumnChoice();
  const viewedId = side.mode === 'view' ? side.contact.id : null;

  // Another window (or the CLI through another host) may change contacts: follow along.
  useEffect(() => api.subscribe((event) => event.type === 'contacts.changed' && refresh()), [api, refresh]);

  // A logged event changes the open contact's figures and status: read it again.
  useEffect(() => {
    if (!viewedId) return;
    return api.subscribe((event) => {
      if (event.type !== 'contacts.changed' || !event.ids.includes(viewedId)) return;
      void api.call('contacts.get', { id: viewedId }).then((result) => {
        if (result.ok) setSide((s) => (s.mode === 'view' && s.contact.id === viewedId ? { mode: 'view', contact: result.value } : s));
      });
    });
  }, [api, viewedId]);

  const onSort = useCallback((sort: ContactSortKey, direction: 'asc' | 'desc') => setQuery((q) => ({ ...q, sort, direction })), []);

  const onSaved = (contact: Contact) => {
    setSide({ mode: 'view', contact });
    setStatus('');
    refresh();
  };

  const confirmDelete = async (contact: Contact, how: RemoveHow) => {
    setToDelete(null);
    const message = await deleteContact(api, contact, t, how);
    setSide({ mode: 'none' });
    setStatus(message);
    refresh();
  };

  const unsubscribeChecked = async () => {
    const message = await unsubscribeSelection(api, [...selection.checked], t, language);
    selection.clear();
    setStatus(message);
    refresh();
  };

  const selectedId = side.mode === 'view' || side.mode === 'edit' ? side.contact.id : null;
  const isEmpty = total === 0;

  return (
    <section className="page contacts-page">
      <header className="page-head">
        <h1>{t('contacts.title')}</h1>
        <p className="count" aria-live="polite">
          {total !== null && t('contacts.count', { count: total })}
        </p>
        <input
          type="search"
          className="search"
          aria-label={t('contacts.searchLabel')}
          placeholder={t('contacts.searchPlaceholder')}
          value={query.search}
          onChange={(e) => setQuery((q) => ({ ...q, search: e.target.value }))}
        />
        <ColumnPicker hidden={columns.hidden} onToggle={columns.toggle} onReset={columns.reset} />
        <button type="button" className="primary" onClick={() => setSide({ mode: 'new' })}>
          {t('contacts.new')}
        </button>
      </header>
      <p role="status" className="status">
        {error ? describeError(error, t) : status}
      </p>
      {selection.checked.size > 0 && (
        <SelectionBar count={selection.checked.size} onUnsubscribe={() => void unsubscribeChecked()} onClear={selection.clear} />
      )}
      <div className="contacts-body">
        {isEmpty ? (
          <p className="empty">{query.search ? t('contacts.noMatch', { search: query.search }) : t('contacts.empty')}</p>
        ) : (
          <ContactsTable
            rowCount={total ?? 0}
            rowAt={rowAt}
            query={query}
            selectedId={selectedId}
            onSort={onSort}
            onSelect={(contact) => setSide({ mode: 'view', contact })}
            onVisibleRange={ensureRange}
            hidden={columns.hidden}
            checked={selection.checked}
            onCheck={selection.onCheck}
          />
        )}
        {side.mode === 'view' && (
          <ContactPanel
            contact={side.contact}
            onEdit={() => setSide({ mode: 'edit', contact: side.contact })}
            onDelete={() => setToDelete(side.contact)}
            onClose={() => setSide({ mode: 'none' })}
            onChanged={(contact) => setSide({ mode: 'view', contact })}
          />
        )}
        {(side.mode === 'edit' || side.mode === 'new') && (
          <aside className="panel">
            <ContactForm
              key={side.mode === 'edit' ? side.contact.id : 'new'}
              contact={side.mode === 'edit' ? side.contact : null}
              onSaved={onSaved}
              onCancel={() => setSide(side.mode === 'edit' ? { mode: 'view', contact: side.contact } : { mode: 'none' })}
            />
          </aside>
        )}
      </div>
      {toDelete && (
        <DeleteContactDialog contact={toDelete} onConfirm={(how) => void confirmDelete(toDelete, how)} onCancel={() => setToDelete(null)} />
      )}
    </section>
  );
};
