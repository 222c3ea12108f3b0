import { useCallback, useState } from 'react';
import type { ContactSortKey } from '../../../api';
import { useApi } from '../api/api-context';
import { useContactsChanged } from '../shared/use-contacts-changed';
import { useI18n } from '../i18n/i18n';
import { counted } from '../i18n/plural';
import { describeError } from '../shared/describe-error';
import { ColumnPicker } from './ColumnPicker';
import { ContactsTable } from './ContactsTable';
import { SelectionBar } from './SelectionBar';
import { ExportButton } from '../exports/ExportButton';
import { RecentChanges } from './RecentChanges';
import { useBulkEdits } from './use-bulk-edits';
import { unsubscribeSelection } from './unsubscribe-selection';
import { useSelection } from './use-selection';
import { useColumnChoice } from './use-column-choice';
import { useContactRows, type ContactQuery } from './use-contact-rows';
import './contacts.css';
import { ZoneNote } from '../shared/ZoneNote';
import { ContactSide, sideContactId, type Side } from '../shared/ContactSide';

const CONTACT_FORMATS = ['csv', 'vcard'] as const;

export const ContactsPage = () => {
  const api = useApi();
  const { t, language } = useI18n();
  const selection = useSelection();
  const bulkEdits = useBulkEdits();
  const [query, setQuery] = useState<ContactQuery>({ search: '', sort: 'name', direction: 'asc' });
  const [side, setSide] = useState<Side>({ mode: 'none' });
  const [status, setStatus] = useState('');
  const { total, rowAt, ensureRange, refresh, error } = useContactRows(query);
  const columns = useColumnChoice();

  useContactsChanged(refresh);

  const onSort = useCallback((sort: ContactSortKey, direction: 'asc' | 'desc') => setQuery((q) => ({ ...q, sort, direction })), []);

  const onSideChanged = () => setStatus('');

  const unsubscribeChecked = async () => {
    const message = await unsubscribeSelection(api, [...selection.checked], t, language);
    selection.clear();
    setStatus(message);
  };

  // After a bulk edit the selection is done with.
  const bulkDone = (message: string) => {
    selection.clear();
    setStatus(message);
  };

  const undoBulkEdit = async (id: string) => setStatus(await bulkEdits.undo(id));

  const selectedId = sideContactId(side);
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
        {/* The ticked contacts when there are some, otherwise every contact the search matches. */}
        <ExportButton
          target={selection.target ?? { search: query.search }}
          title={t(selection.target ? 'exports.title.selection' : 'exports.title.all')}
          formats={CONTACT_FORMATS}
        />
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
        <ContactSide side={side} onSide={setSide} onChanged={onSideChanged} onRemoved={setStatus} />
      </div>
      <RecentChanges edits={bulkEdits.edits} onUndo={(edit) => void undoBulkEdit(edit.id)} />
    </section>
  );
};
