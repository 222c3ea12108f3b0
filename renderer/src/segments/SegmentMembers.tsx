import { useCallback, useState } from 'react';
import type { ContactSortKey, SegmentParams, SegmentSummary } from '../../../api';
import { useApi } from '../api/api-context';
import { useContactsChanged } from '../shared/use-contacts-changed';
import { ContactsTable } from '../contacts/ContactsTable';
import { useColumnChoice } from '../contacts/use-column-choice';
import { useI18n } from '../i18n/i18n';
import { pluralKey } from '../i18n/plural';
import { describeError } from '../shared/describe-error';
import { segmentName, segmentSentence } from './segment-words';
import { useSegmentRows } from './use-segment-rows';
import { ZoneNote } from '../shared/ZoneNote';
import { ContactSide, sideContactId, type Side } from '../shared/ContactSide';
import { ExportButton } from '../exports/ExportButton';
import { exportFormats } from '../../../api';

type Props = { segment: SegmentSummary; params: SegmentParams | undefined; onBack: () => void };
type Sorting = { sort: ContactSortKey; direction: 'asc' | 'desc' };

// The members of one segment in the contacts table, with the same panel to read and edit one.
export const SegmentMembers = ({ segment, params, onBack }: Props) => {
  const api = useApi();
  const { t, language } = useI18n();
  const [sorting, setSorting] = useState<Sorting>({ sort: 'name', direction: 'asc' });
  const [side, setSide] = useState<Side>({ mode: 'none' });
  const [status, setStatus] = useState('');
  const { total, rowAt, ensureRange, refresh, error } = useSegmentRows({ id: segment.id, params, ...sorting });
  // The columns the person chose for the contacts list.
  const { hidden } = useColumnChoice();

  useContactsChanged(refresh);
  const onSort = useCallback((sort: ContactSortKey, direction: 'asc' | 'desc') => setSorting({ sort, direction }), []);

  const name = segmentName(segment, t, language);
  const selectedId = sideContactId(side);
  const countKey = pluralKey(language, total ?? 0, 'segments.count.one', 'segments.count.other');

  return (
    <section className="page contacts-page segment-members" aria-labelledby="segment-members-title">
      <p className="back-line">
        <button type="button" className="link" onClick={onBack}>
          ← {t('segments.back')}
        </button>
      </p>
      <header className="page-head">
        <h1 id="segment-members-title">{name}</h1>
        <p className="count" aria-live="polite">
          {total !== null && t(countKey, { count: total })}
        </p>
        <ExportButton target={{ segmentId: segment.id, ...(params ? { params } : {}) }} title={t('exports.title.segment', { name })} formats={exportFormats} />
      </header>
      <p className="segment-sentence">{segmentSentence(segment, t, language)}</p>
      <ZoneNote />
      <p role="status" className="status">
        {error ? describeError(error, t) : status}
      </p>
      <div className="contacts-body">
        {total === 0 ? (
          <p className="empty">{t('segments.membersEmpty')}</p>
        ) : (
          <ContactsTable
            rowCount={total ?? 0}
            rowAt={rowAt}
            query={{ search: '', ...sorting }}
            selectedId={selectedId}
            onSort={onSort}
            onSelect={(contact) => setSide({ mode: 'view', contact })}
            onVisibleRange={ensureRange}
            hidden={hidden}
          />
        )}
        <ContactSide side={side} onSide={setSide} onChanged={() => setStatus('')} onRemoved={setStatus} />
      </div>
    </section>
  );
};
