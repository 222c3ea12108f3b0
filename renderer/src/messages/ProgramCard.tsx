import type { ReactNode } from 'react';
import type { ProgramId } from '../../../api';
import { useI18n } from '../i18n/i18n';

type Props = {
  program: ProgramId;
  summary: string;
  isEnabled: boolean;
  isAutomatic: boolean;
  status: string;
  onChange: (change: { isEnabled?: boolean; isAutomatic?: boolean }) => void;
  steps: ReactNode;
  children?: ReactNode;
};

// One program: what it does in a sentence, its steps, on/off, and who presses "send".
export const ProgramCard = ({ program, summary, isEnabled, isAutomatic, status, onChange, steps, children }: Props) => {
  const { t } = useI18n();
  const titleId = `msg-program-${program}`;
  return (
    <section className="card msg-program" aria-labelledby={titleId} data-program={program} data-enabled={isEnabled || undefined}>
      <div className="msg-program-head">
        <h2 id={titleId}>{t(`messages.program.${program}`)}</h2>
        <label className="msg-switch">
          <input type="checkbox" role="switch" checked={isEnabled} onChange={(e) => onChange({ isEnabled: e.target.checked })} aria-describedby={`${titleId}-summary`} />
          <span>{isEnabled ? t('messages.program.on') : t('messages.program.off')}</span>
        </label>
      </div>
      <p className="msg-program-summary" id={`${titleId}-summary`}>
        {summary}
      </p>
      {steps}
      <fieldset className="msg-mode">
        <legend>{t('messages.mode.legend')}</legend>
        <label>
          <input type="radio" name={`${program}-mode`} checked={!isAutomatic} onChange={() => onChange({ isAutomatic: false })} />
          <span>
            {t('messages.mode.review')}
            <span className="hint">{t('messages.mode.reviewHint')}</span>
          </span>
        </label>
        <label>
          <input type="radio" name={`${program}-mode`} checked={isAutomatic} onChange={() => onChange({ isAutomatic: true })} />
          <span>
            {t('messages.mode.automatic')}
            <span className="hint">{t('messages.mode.automaticHint')}</span>
          </span>
        </label>
      </fieldset>
      <p role="status" className="status">
        {status}
      </p>
      {children}
    </section>
  );
};
