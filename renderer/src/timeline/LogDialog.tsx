import { useEffect, useRef, useState } from 'react';
import type { Contact } from '../../../api';
import { displayName } from '../shared/display-name';
import { useI18n } from '../i18n/i18n';
import { ContactPicker } from './ContactPicker';
import { kindLabel, QuickLogForm } from './QuickLogForm';
import type { LogKind } from './log-draft';
import './timeline.css';

type Props = { onClose: () => void };

type Step = { name: 'pick' } | { name: 'log'; contact: Contact } | { name: 'done'; contact: Contact; kind: LogKind };

// The global Log… dialog: pick or create the person, then the same quick-log form as the panel.
export const LogDialog = ({ onClose }: Props) => {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [step, setStep] = useState<Step>({ name: 'pick' });
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const nameOf = (contact: Contact) => displayName(contact) || contact.email || t('panel.noName');

  return (
    <dialog ref={ref} className="log-dialog" aria-labelledby="log-dialog-title" onCancel={onClose}>
      <header className="panel-head">
        <h2 id="log-dialog-title">{step.name === 'pick' ? t('log.pick.title') : t('log.title')}</h2>
        <button type="button" className="icon" aria-label={t('log.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {step.name === 'pick' && <ContactPicker onPick={(contact) => setStep({ name: 'log', contact })} />}
      {step.name === 'log' && (
        <>
          <p className="picked">
            <span className="muted">{t('log.pick.for')}</span> <strong>{nameOf(step.contact)}</strong>{' '}
            <button type="button" className="link" onClick={() => setStep({ name: 'pick' })}>
              {t('log.pick.change')}
            </button>
          </p>
          <QuickLogForm
            contactId={step.contact.id}
            currency={step.contact.figures.currency}
            onLogged={(kind) => setStep({ name: 'done', contact: step.contact, kind })}
            onCancel={onClose}
          />
        </>
      )}
      {step.name === 'done' && (
        <>
          <p role="status">{t('log.done', { name: nameOf(step.contact), type: t(kindLabel(step.kind)) })}</p>
          <div className="actions">
            <button type="button" onClick={() => setStep({ name: 'log', contact: step.contact })}>
              {t('log.another')}
            </button>
            <button type="button" className="primary" autoFocus onClick={onClose}>
              {t('log.finish')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
};
