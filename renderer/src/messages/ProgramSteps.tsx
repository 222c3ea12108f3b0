import type { ProgramId } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { programSteps, stepTitle, stepWords, type ProgramRules } from './program-words';

type Props = { program: ProgramId; rules: ProgramRules };

// The sequence as it runs: each step, when it goes and what it says, then when it stops.
export const ProgramSteps = ({ program, rules }: Props) => {
  const { t, language } = useI18n();
  return (
    <>
      <ol className="msg-steps">
        {programSteps[program].map((step) => (
          <li key={step}>
            <span className="msg-step-title">{stepTitle(t, program, step)}</span>
            <span className="muted">{stepWords(t, language, program, step, rules)}</span>
          </li>
        ))}
      </ol>
      <p className="hint">{t(`messages.exit.${program}`)}</p>
    </>
  );
};
