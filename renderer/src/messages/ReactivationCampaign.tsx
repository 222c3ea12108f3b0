import { useEffect, useState } from 'react';
import type { ApiError, MethodOutput, SegmentSummary } from '../../../api';
import { useApi } from '../api/api-context';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { useI18n } from '../i18n/i18n';
import { counted } from '../i18n/plural';
import { segmentName } from '../segments/segment-words';
import { describeError } from '../shared/describe-error';

type Props = { isEnabled: boolean; isAutomatic: boolean };
type Outcome = MethodOutput<'reactivation.start'>;

// "Are you still interested?" to everyone in a segment: each person gets one message now or at
// the first date the caps allow; nobody is dropped without a reason.
export const ReactivationCampaign = ({ isEnabled, isAutomatic }: Props) => {
  const api = useApi();
  const { t, language } = useI18n();
  const [segments, setSegments] = useState<SegmentSummary[] | null>(null);
  const [segmentId, setSegmentId] = useState('');
  const [isConfirming, setIsConfirming] = useState(false);
  const [isStarting, setIsStarting] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void api.call('segments.list', {}).then((result) => {
      if (!isCurrent) return;
      if (result.ok) setSegments(result.value);
      else setError(result.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [api]);

  const chosen = segments?.find((s) => s.id === segmentId) ?? null;

  const start = async () => {
    setIsConfirming(false);
    setIsStarting(true);
    setOutcome(null);
    const result = await api.call('reactivation.start', { segmentId });
    setIsStarting(false);
    if (result.ok) {
      setOutcome(result.value);
      setError(null);
    } else setError(result.error);
  };

  return (
    <div className="msg-campaign">
      <h3>{t('messages.campaign.title')}</h3>
      <p className="hint">{t('messages.campaign.lead')}</p>
      <div className="msg-campaign-row">
        <label htmlFor="msg-campaign-segment" className="visually-hidden">
          {t('messages.campaign.segment')}
        </label>
        <select id="msg-campaign-segment" value={segmentId} disabled={!segments} onChange={(e) => setSegmentId(e.target.value)}>
          <option value="">{segments ? t('messages.campaign.choose') : t('messages.loading')}</option>
          {segments?.map((segment) => (
            <option key={segment.id} value={segment.id}>
              {t('messages.campaign.option', { name: segmentName(segment, t, language), count: segment.count })}
            </option>
          ))}
        </select>
        <button type="button" className="primary" disabled={!isEnabled || !chosen || chosen.count === 0 || isStarting} onClick={() => setIsConfirming(true)}>
          {isStarting ? t('messages.campaign.starting') : t('messages.campaign.start')}
        </button>
      </div>
      {!isEnabled && <p className="hint">{t('messages.campaign.off')}</p>}
      {chosen?.count === 0 && <p className="hint">{t('messages.campaign.empty')}</p>}
      <div role="status" className="msg-campaign-result">
        {outcome && (
          <p className="notice">
            {t('messages.campaign.result', {
              planned: counted(t, language, 'messages.campaign.planned', outcome.planned),
              deferred: counted(t, language, 'messages.campaign.deferred', outcome.deferred),
              skipped: counted(t, language, 'messages.campaign.skipped', outcome.skipped),
            })}{' '}
            <a href="#/outbox">{t('messages.campaign.openOutbox')}</a>
          </p>
        )}
      </div>
      {error && (
        <p role="alert" className="form-error">
          {describeError(error, t)}
        </p>
      )}
      {isConfirming && chosen && (
        <ConfirmDialog
          title={t('messages.campaign.confirmTitle', { name: segmentName(chosen, t, language) })}
          body={counted(t, language, isAutomatic ? 'messages.campaign.confirmAutomatic' : 'messages.campaign.confirmReview', chosen.count)}
          confirmLabel={t('messages.campaign.start')}
          cancelLabel={t('messages.cancel')}
          onConfirm={() => void start()}
          onCancel={() => setIsConfirming(false)}
        />
      )}
    </div>
  );
};
