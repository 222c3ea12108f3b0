import { useState } from 'react';
import { programSettingsShape, type Settings, type SettingsPatch } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { describeError } from '../shared/describe-error';
import { ProgramCard } from './ProgramCard';
import { ProgramSteps } from './ProgramSteps';
import { howMany } from './program-words';
import { ReactivationCampaign } from './ReactivationCampaign';
import { RulesForm, type RuleField } from './RulesForm';
import { StageProgramCards, type StageSwitch } from './StageProgramCards';

type Props = { settings: Settings; onSaved: (settings: Settings) => void; onOpenBusiness: () => void };
type Switchable = 'cartRecovery' | 'reactivation' | 'reviewRequest' | StageSwitch;
type SwitchChange = { isEnabled?: boolean; isAutomatic?: boolean };

// The limits come from the contract, so the form and core agree on them.
const limits = (schema: { minValue: number | null; maxValue: number | null }) => ({ min: schema.minValue ?? 0, max: schema.maxValue ?? 0 });
const reactivationShape = programSettingsShape.reactivation.shape;
const reviewShape = programSettingsShape.reviewRequest.shape;

const reactivationFields: RuleField[] = [
  { key: 'maxPerYear', label: 'messages.rules.maxPerYear', hint: 'messages.rules.maxPerYearHint', ...limits(reactivationShape.maxPerYear) },
  { key: 'minGapMonths', label: 'messages.rules.minGapMonths', hint: 'messages.rules.minGapMonthsHint', ...limits(reactivationShape.minGapMonths) },
  { key: 'coolDownDays', label: 'messages.rules.coolDownDays', hint: 'messages.rules.coolDownDaysHint', ...limits(reactivationShape.coolDownDays) },
];
const reviewFields: RuleField[] = [
  { key: 'afterDays', label: 'messages.rules.afterDays', hint: 'messages.rules.afterDaysHint', ...limits(reviewShape.afterDays) },
  { key: 'reminderDays', label: 'messages.rules.reminderDays', hint: 'messages.rules.reminderDaysHint', ...limits(reviewShape.reminderDays) },
];

export const ProgramsPanel = ({ settings, onSaved, onOpenBusiness }: Props) => {
  const api = useApi();
  const { t, language } = useI18n();
  const [status, setStatus] = useState<Partial<Record<Switchable, string>>>({});
  const { cartRecovery, reactivation, reviewRequest } = settings;
  const rules = { ...reactivation, ...reviewRequest };

  const save = async (patch: SettingsPatch): Promise<string | null> => {
    const result = await api.call('settings.update', patch);
    if (!result.ok) return describeError(result.error, t);
    onSaved(result.value);
    return null;
  };

  // The switch moves at once; if saving fails it moves back and says why.
  const switchTo = (key: Switchable) => async (change: SwitchChange) => {
    const next = { ...settings[key], ...change };
    onSaved({ ...settings, [key]: next });
    const problem = await save({ [key]: next });
    if (problem) onSaved(settings);
    setStatus((s) => ({ ...s, [key]: problem ?? t('messages.program.saved') }));
  };

  const missing = (isMissing: boolean, text: Parameters<typeof t>[0]) =>
    isMissing && (
      <p className="msg-warning">
        {t(text)}{' '}
        <button type="button" className="link" onClick={onOpenBusiness}>
          {t('messages.openBusiness')}
        </button>
      </p>
    );

  return (
    <div className="msg-programs">
      {missing(settings.business.name === '' || settings.business.postalAddress === '' || settings.business.replyAddress === '', 'messages.warning.identity')}
      <ProgramCard
        program="cart-recovery"
        summary={t('messages.summary.cart-recovery')}
        isEnabled={cartRecovery.isEnabled}
        isAutomatic={cartRecovery.isAutomatic}
        status={status.cartRecovery ?? ''}
        onChange={(change) => void switchTo('cartRecovery')(change)}
        steps={<ProgramSteps program="cart-recovery" rules={rules} />}
      >
        {missing(settings.promoCode === '', 'messages.warning.promoCode')}
      </ProgramCard>

      <ProgramCard
        program="reactivation"
        summary={t('messages.summary.reactivation', {
          max: howMany(t, language, reactivation.maxPerYear, 'time'),
          gap: howMany(t, language, reactivation.minGapMonths, 'month'),
        })}
        isEnabled={reactivation.isEnabled}
        isAutomatic={reactivation.isAutomatic}
        status={status.reactivation ?? ''}
        onChange={(change) => void switchTo('reactivation')(change)}
        steps={<ProgramSteps program="reactivation" rules={rules} />}
      >
        <RulesForm id="msg-reactivation" fields={reactivationFields} values={reactivation} onSave={(values) => save({ reactivation: { ...reactivation, ...values } })} />
        <ReactivationCampaign isEnabled={reactivation.isEnabled} isAutomatic={reactivation.isAutomatic} />
      </ProgramCard>

      <ProgramCard
        program="review-request"
        summary={t('messages.summary.review-request', {
          after: howMany(t, language, reviewRequest.afterDays, 'day'),
          reminder: howMany(t, language, reviewRequest.reminderDays, 'day'),
        })}
        isEnabled={reviewRequest.isEnabled}
        isAutomatic={reviewRequest.isAutomatic}
        status={status.reviewRequest ?? ''}
        onChange={(change) => void switchTo('reviewRequest')(change)}
        steps={<ProgramSteps program="review-request" rules={rules} />}
      >
        <RulesForm id="msg-review" fields={reviewFields} values={reviewRequest} onSave={(values) => save({ reviewRequest: { ...reviewRequest, ...values } })} />
        {missing(settings.googlePlaceId === '', 'messages.warning.placeId')}
      </ProgramCard>

      <StageProgramCards settings={settings} rules={rules} status={status} onSwitch={(key, change) => void switchTo(key)(change)} />
    </div>
  );
};
