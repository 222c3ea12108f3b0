import type { Settings } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { ProgramCard } from './ProgramCard';
import { ProgramSteps } from './ProgramSteps';
import type { ProgramRules } from './program-words';

export type StageSwitch = 'checkoutUnpaid' | 'productViewed' | 'quoteFollowUp';
type SwitchChange = { isEnabled?: boolean; isAutomatic?: boolean };
type Props = {
  settings: Settings;
  rules: ProgramRules;
  status: Partial<Record<StageSwitch, string>>;
  onSwitch: (key: StageSwitch, change: SwitchChange) => void;
};

const STAGES = [
  { key: 'checkoutUnpaid', program: 'checkout-unpaid' },
  { key: 'productViewed', program: 'product-viewed' },
  { key: 'quoteFollowUp', program: 'quote-follow-up' },
] as const;

// The stage programs: where the person stopped decides the message. Their timing is
// the practice's; the owner chooses only whether each runs and who presses send.
export const StageProgramCards = ({ settings, rules, status, onSwitch }: Props) => {
  const { t } = useI18n();
  return (
    <>
      {STAGES.map(({ key, program }) => (
        <ProgramCard
          key={key}
          program={program}
          summary={t(`messages.summary.${program}`)}
          isEnabled={settings[key].isEnabled}
          isAutomatic={settings[key].isAutomatic}
          status={status[key] ?? ''}
          onChange={(change) => onSwitch(key, change)}
          steps={<ProgramSteps program={program} rules={rules} />}
        >
          {program === 'checkout-unpaid' && settings.promoCode === '' ? <p className="msg-warning">{t('messages.warning.promoCode')}</p> : null}
        </ProgramCard>
      ))}
    </>
  );
};
