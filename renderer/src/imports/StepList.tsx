import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';

export type StepName = 'pick' | 'check' | 'import' | 'result';

const steps: { name: StepName; label: MessageKey }[] = [
  { name: 'pick', label: 'import.step.pick' },
  { name: 'check', label: 'import.step.check' },
  { name: 'import', label: 'import.step.import' },
  { name: 'result', label: 'import.step.result' },
];

// Where the person is in the four steps; the current one is announced as such.
export const StepList = ({ current }: { current: StepName }) => {
  const { t } = useI18n();
  const currentIndex = steps.findIndex((step) => step.name === current);
  return (
    <ol className="import-steps" aria-label={t('import.steps.label')}>
      {steps.map((step, index) => (
        <li key={step.name} aria-current={index === currentIndex ? 'step' : undefined} data-past={index < currentIndex || undefined}>
          <span className="step-number">{index + 1}</span>
          {t(step.label)}
        </li>
      ))}
    </ol>
  );
};
