import { programIds, type ProgramId, type Template } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { programSteps, stepTitle } from './program-words';

type Props = {
  templates: readonly Template[];
  selected: { program: ProgramId; step: number };
  unsaved: ReadonlySet<string>;
  onSelect: (selected: { program: ProgramId; step: number }) => void;
};

// Program by program, each step; a mark shows which ones the owner changed.
export const TemplateList = ({ templates, selected, unsaved, onSelect }: Props) => {
  const { t } = useI18n();
  return (
    <nav className="msg-template-list" aria-label={t('messages.templates.listLabel')}>
      {programIds.map((program) => (
        <div key={program}>
          <p className="msg-template-program">{t(`messages.program.${program}`)}</p>
          <ul>
            {programSteps[program].map((step) => {
              const isCurrent = selected.program === program && selected.step === step;
              const isEdited = templates.some((tpl) => tpl.program === program && tpl.step === step && tpl.isEdited);
              const isUnsaved = unsaved.has(`${program}:${step}`);
              return (
                <li key={step}>
                  <button type="button" aria-current={isCurrent ? 'true' : undefined} onClick={() => onSelect({ program, step })}>
                    <span>{stepTitle(t, program, step)}</span>
                    {isUnsaved ? (
                      <span className="msg-dot msg-dot-unsaved" title={t('messages.template.unsaved')} aria-label={t('messages.template.unsaved')} />
                    ) : isEdited ? (
                      <span className="msg-dot" title={t('messages.template.edited')} aria-label={t('messages.template.edited')} />
                    ) : null}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
};
