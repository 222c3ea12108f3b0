import { useEffect, useState, type FormEvent } from 'react';
import { MAX_CONDITIONS, type ApiError, type CustomCondition, type SegmentSummary } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { pluralKey } from '../i18n/plural';
import { ConditionRow } from './ConditionRow';
import { fromCondition, startDraft, toCondition, type ConditionDraft } from './condition-draft';
import { describeSegmentError } from './segment-error';
import { filterSentence } from './segment-words';

type Props = {
  editing: SegmentSummary | null;
  defaultCountry: string;
  onSaved: (segment: SegmentSummary) => void;
  onCancel: () => void;
};

// Quick enough to follow typing without a request per keystroke.
const PREVIEW_PAUSE_MS = 250;

// Conditions a person adds one row at a time, with the live count of who matches them.
export const FilterBuilder = ({ editing, defaultCountry, onSaved, onCancel }: Props) => {
  const api = useApi();
  const { t, language } = useI18n();
  const [name, setName] = useState(editing?.name ?? '');
  const [drafts, setDrafts] = useState<ConditionDraft[]>(() => editing?.filter?.conditions.map(fromCondition) ?? [startDraft('lastOrder')]);
  // The count with the filter it was made for, so a count of older conditions never shows.
  const [preview, setPreview] = useState<{ key: string; count: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [isSaving, setSaving] = useState(false);

  const conditions = drafts.map(toCondition);
  const complete = conditions.length > 0 && conditions.every((c): c is CustomCondition => c !== null) ? conditions : null;
  const filterKey = JSON.stringify(complete);

  useEffect(() => {
    if (!complete) return;
    let isCurrent = true;
    const timer = setTimeout(() => {
      void api.call('segments.preview', { filter: { conditions: complete } }).then((result) => {
        if (!isCurrent) return;
        if (result.ok) setPreview({ key: filterKey, count: result.value.count });
        else setError(result.error);
      });
    }, PREVIEW_PAUSE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
    // The filter's JSON stands for it: a new array of the same conditions is not a change.
  }, [api, filterKey]);

  const setDraft = (index: number, draft: ConditionDraft) => setDrafts((list) => list.map((d, i) => (i === index ? draft : d)));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!complete) return;
    setSaving(true);
    const result = await api.call('segments.save', { id: editing?.id, name, filter: { conditions: complete } });
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else setError(result.error);
  };

  const count = preview?.key === filterKey ? preview.count : null;
  const countKey = pluralKey(language, count ?? 0, 'segments.count.one', 'segments.count.other');
  return (
    <section className="page narrow segment-builder" aria-labelledby="builder-title">
      <h1 id="builder-title">{editing ? t('segments.builder.editTitle', { name: editing.name }) : t('segments.builder.newTitle')}</h1>
      <form onSubmit={(e) => void save(e)} noValidate>
        <div className="field">
          <label htmlFor="segment-name">{t('segments.builder.name')}</label>
          <input
            id="segment-name"
            value={name}
            maxLength={80}
            placeholder={t('segments.builder.namePlaceholder')}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
          />
        </div>
        <fieldset className="conditions">
          <legend>{t('segments.builder.conditions')}</legend>
          <ol>
            {drafts.map((draft, index) => (
              <ConditionRow
                key={index}
                draft={draft}
                number={index + 1}
                defaultCountry={defaultCountry}
                onChange={(next) => setDraft(index, next)}
                onRemove={drafts.length > 1 ? () => setDrafts((list) => list.filter((_, i) => i !== index)) : null}
              />
            ))}
          </ol>
          <button type="button" disabled={drafts.length >= MAX_CONDITIONS} onClick={() => setDrafts((list) => [...list, startDraft('kind')])}>
            + {t('segments.builder.add')}
          </button>
          {drafts.length >= MAX_CONDITIONS && <p className="hint">{t('segments.builder.max', { count: MAX_CONDITIONS })}</p>}
          {drafts.some((d) => d.field === 'lifetimeValue' || d.field === 'givenThisYear') && <p className="hint">{t('segments.builder.amountHint')}</p>}
        </fieldset>
        <div className="builder-preview" aria-live="polite" data-testid="builder-preview">
          {complete ? (
            <>
              <p className="builder-count">
                <span className="visually-hidden">{t('segments.builder.matches')}: </span>
                <span className="builder-number">{count === null ? t('segments.loading') : t(countKey, { count })}</span>
              </p>
              <p className="segment-sentence">{filterSentence({ conditions: complete }, t, language)}</p>
            </>
          ) : (
            <p className="muted">{t('segments.builder.incomplete')}</p>
          )}
        </div>
        {error && (
          <p role="alert" className="form-error">
            {describeSegmentError(error, t)}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={onCancel}>
            {t('segments.builder.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!complete || name.trim() === '' || isSaving}>
            {isSaving ? t('segments.builder.saving') : t('segments.builder.save')}
          </button>
        </div>
      </form>
    </section>
  );
};
