import { useEffect, useState } from 'react';
import { isBuiltInSegmentId, type SegmentSummary } from '../../../api';
import { useApi } from '../api/api-context';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useI18n } from '../i18n/i18n';
import { FilterBuilder } from './FilterBuilder';
import { SegmentCard } from './SegmentCard';
import { SegmentMembers } from './SegmentMembers';
import { describeSegmentError } from './segment-error';
import { forgetSegmentToOpen, segmentToOpen } from './segment-to-open';
import { useSegments } from './use-segments';
import './segments.css';

type View = { mode: 'list' } | { mode: 'members'; id: string } | { mode: 'build'; editing: SegmentSummary | null };

type Props = { defaultCountry: string };

// A Home card names the segment to open; without one, the page starts on the list.
const initialView = (): View => {
  const id = segmentToOpen();
  return id ? { mode: 'members', id } : { mode: 'list' };
};

// Segments (C4): built-in and custom, each with its live count; opens one as a list of contacts.
export const SegmentsPage = ({ defaultCountry }: Props) => {
  const api = useApi();
  const { t } = useI18n();
  const { segments, params, setParam, error, isCounting, reload } = useSegments();
  const [view, setView] = useState<View>(initialView);
  const [toDelete, setToDelete] = useState<SegmentSummary | null>(null);
  const [status, setStatus] = useState('');

  // Read once when the page mounts, then removed, so a later visit opens on the list.
  useEffect(() => forgetSegmentToOpen(), []);

  const confirmDelete = async (segment: SegmentSummary) => {
    setToDelete(null);
    const result = await api.call('segments.delete', { id: segment.id });
    setStatus(result.ok ? t('segments.deleted', { name: segment.name }) : describeSegmentError(result.error, t));
    await reload();
  };

  if (view.mode === 'build') {
    return (
      <FilterBuilder
        editing={view.editing}
        defaultCountry={defaultCountry}
        onCancel={() => setView({ mode: 'list' })}
        onSaved={(saved) => {
          setStatus(t('segments.builder.saved', { name: saved.name }));
          setView({ mode: 'list' });
          void reload();
        }}
      />
    );
  }

  const opened = view.mode === 'members' ? segments?.find((s) => s.id === view.id) : undefined;
  if (opened) {
    const openedParams = isBuiltInSegmentId(opened.id) ? params[opened.id] : undefined;
    return <SegmentMembers segment={opened} params={openedParams} onBack={() => setView({ mode: 'list' })} />;
  }
  // Opened from Home: wait for the segments rather than flash the list before the members.
  if (view.mode === 'members' && segments === null && !error) {
    return (
      <section className="page segments-page">
        <p className="muted" role="status">
          {t('segments.loading')}
        </p>
      </section>
    );
  }

  const builtIn = segments?.filter((s) => s.kind === 'built-in') ?? [];
  const custom = segments?.filter((s) => s.kind === 'custom') ?? [];
  const card = (segment: SegmentSummary) => (
    <SegmentCard
      key={segment.id}
      segment={segment}
      isCounting={isCounting}
      onParam={(name, value) => isBuiltInSegmentId(segment.id) && setParam(segment.id, name, value)}
      onOpen={() => setView({ mode: 'members', id: segment.id })}
      onEdit={segment.kind === 'custom' ? () => setView({ mode: 'build', editing: segment }) : undefined}
      onDelete={segment.kind === 'custom' ? () => setToDelete(segment) : undefined}
    />
  );

  return (
    <section className="page segments-page">
      <header className="page-head">
        <h1>{t('segments.title')}</h1>
        <button type="button" className="primary new-segment" onClick={() => setView({ mode: 'build', editing: null })}>
          {t('segments.new')}
        </button>
      </header>
      <p className="lead">{t('segments.lead')}</p>
      <p role="status" className="status">
        {error ? describeSegmentError(error, t) : status}
      </p>
      {segments === null ? (
        <p className="muted">{t('segments.loading')}</p>
      ) : (
        <>
          <h2>{t('segments.builtInTitle')}</h2>
          <div className="segment-grid">{builtIn.map(card)}</div>
          <h2>{t('segments.customTitle')}</h2>
          {custom.length === 0 ? <p className="muted">{t('segments.customEmpty')}</p> : <div className="segment-grid">{custom.map(card)}</div>}
        </>
      )}
      {toDelete && (
        <ConfirmDialog
          title={t('segments.deleteTitle', { name: toDelete.name })}
          body={t('segments.deleteBody')}
          confirmLabel={t('segments.deleteConfirm')}
          cancelLabel={t('segments.deleteCancel')}
          onConfirm={() => void confirmDelete(toDelete)}
          onCancel={() => setToDelete(null)}
        />
      )}
    </section>
  );
};
