import type { SegmentSummary } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { pluralKey } from '../i18n/plural';
import { ParamField } from './ParamField';
import { segmentName, segmentSentence } from './segment-words';

type Props = {
  segment: SegmentSummary;
  isCounting: boolean;
  onParam: (name: string, value: number) => void;
  onOpen: () => void;
  onEdit?: () => void;
  onDelete?: () => void;
};

// One segment: its live count, the sentence that says who is in it, its parameters in place.
export const SegmentCard = ({ segment, isCounting, onParam, onOpen, onEdit, onDelete }: Props) => {
  const { t, language } = useI18n();
  const name = segmentName(segment, t, language);
  const headingId = `segment-${segment.id}`;
  const countKey = pluralKey(language, segment.count, 'segments.count.one', 'segments.count.other');
  return (
    <article className="segment-card" aria-labelledby={headingId} data-segment-id={segment.id} aria-busy={isCounting}>
      <header className="segment-card-head">
        <h3 id={headingId}>{name}</h3>
        <p className="segment-count" aria-live="polite">
          {t(countKey, { count: segment.count })}
        </p>
      </header>
      <p className="segment-sentence">{segmentSentence(segment, t, language)}</p>
      {Object.keys(segment.params).length > 0 && (
        <fieldset className="segment-params">
          <legend className="visually-hidden">{t('segments.paramsLegend')}</legend>
          {Object.entries(segment.params).map(([param, value]) => (
            <ParamField key={param} name={param} value={value} limits={segment.paramLimits[param] ?? { min: 0, max: 9999 }} onChange={(next) => onParam(param, next)} />
          ))}
        </fieldset>
      )}
      <div className="segment-actions">
        <button type="button" onClick={onOpen} aria-label={t('segments.openLabel', { name })}>
          {t('segments.open')}
        </button>
        {onEdit && (
          <button type="button" onClick={onEdit} aria-label={t('segments.editLabel', { name })}>
            {t('segments.edit')}
          </button>
        )}
        {onDelete && (
          <button type="button" className="danger" onClick={onDelete} aria-label={t('segments.deleteLabel', { name })}>
            {t('segments.delete')}
          </button>
        )}
      </div>
    </article>
  );
};
