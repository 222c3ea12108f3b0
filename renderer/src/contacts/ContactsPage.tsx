import { useCallback, useEffect, useState } from 'react';
import type { Contact, ContactSortKey } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { counted } from '../i18n/plural';
import { describeError } from '../shared/describe-error';
import { ColumnPicker } from './ColumnPicker';
import { DeleteContactDialog } from './DeleteContactDialog';
import { ContactForm } from './ContactForm';
import { ContactPanel } from './ContactPanel';
import { ContactsTable } from './ContactsTable';
import { SelectionBar } from './SelectionBar';
import { RecentChanges } from './RecentChanges';
import { useBulkEdits } from './use-bulk-edits';
import { unsubscribeSelection } from './unsubscribe-selection';
import { useSelection } from './use-selection';
import { deleteContact, type RemoveHow } from './delete-contact';
import { useColumnChoice } from './use-column-choice';
import { useContactRows, type ContactQuery } from './use-contact-rows';
import './contacts.css';
import { ZoneNote } from '../shared/ZoneNote';

type Side = { mode: 'none' } | { mode: 'view'; contact: Contact } | { mode: 'edit'; contact: Contact } | { mode: 'new' };

export const ContactsPage = () => {
  const api = useApi();
  const { t, language } = useI18n();
  const selection = useSelection();
  const bulkEdits = useBulkEdits();
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

  // After a bulk edit the selection is done with; the list follows the contacts.changed event.
  const bulkDone = (message: string) => {
    selection.clear();
    setStatus(message);
  };

  const undoBulkEdit = async (id: string) => setStatus(await bulkEdits.undo(id));

  const selectedId = side.mode === 'view' || side.mode === 'edit' ? side.contact.id : null;
  const isEmpty = total === 0;
  const isAll = selection.allMatching !== null;

  const onCheck: typeof selection.onCheck = (contact, isChecked, index, isRange, at) => {
    if (!isAll || isChecked) return selection.onCheck(contact, isChecked, index, isRange, at);
    const loaded: string[] = [];
    for (let i = 0; i < (total ?? 0); i += 1) {
      const row = at(i);
      if (row) loaded.push(row.id);
    }
    selection.allBut(loaded, contact.id);
  };

  return (
    <section className="page contacts-page">
      <header className="page-head">
        <h1>{t('contacts.title')}</h1>
        <p className="count" aria-live="polite">
          {total !== null && counted(t, language, 'contacts.count', total)}
        </p>
        <input
          type="search"
          className="search"
          aria-label={t('contacts.searchLabel')}
          placeholder={t('contacts.searchPlaceholder')}
          value={query.search}
          onChange={(e) => {
            // "All matching" meant the previous search: a new one starts a new selection.
            if (isAll) selection.clear();
            setQuery((q) => ({ ...q, search: e.target.value }));
          }}
        />
        <ColumnPicker hidden={columns.hidden} onToggle={columns.toggle} onReset={columns.reset} />
        <button type="button" className="primary" onClick={() => setSide({ mode: 'new' })}>
          {t('contacts.new')}
        </button>
      </header>
      <ZoneNote />
      <p role="status" className="status">
        {error ? describeError(error, t) : status}
      </p>
      {selection.target && (
        <SelectionBar
          count={isAll ? (total ?? 0) : selection.checked.size}
          target={selection.target}
          isAll={isAll}
          matching={total ?? 0}
          search={query.search}
          onSelectAll={() => selection.selectAllMatching(query.search)}
          onUnsubscribe={() => void unsubscribeChecked()}
          onClear={selection.clear}
          onDone={bulkDone}
        />
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
            isAllChecked={isAll}
            onCheck={onCheck}
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
      <RecentChanges edits={bulkEdits.edits} onUndo={(edit) => void undoBulkEdit(edit.id)} />
      {toDelete && (
        <DeleteContactDialog contact={toDelete} onConfirm={(how) => void confirmDelete(toDelete, how)} onCancel={() => setToDelete(null)} />
      )}
    </section>
  );
};
