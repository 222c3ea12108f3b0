import { useEffect, useRef, useState } from 'react';
import type { Contact } from '../../../api';
import { useI18n } from '../i18n/i18n';
import type { RemoveHow } from './delete-contact';
import { displayName } from '../shared/display-name';
import './data-rights.css';

type Props = { contact: Contact; onConfirm: (how: RemoveHow) => void; onCancel: () => void };

// "Delete Héloïse Lefèvre?": delete (an import may bring them back) or erase for good (C9), the
// same question wherever a contact can be removed. Erasing asks for an explicit confirmation.
export const DeleteContactDialog = ({ contact, onConfirm, onCancel }: Props) => {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [how, setHow] = useState<RemoveHow>('delete');
  const [isSure, setIsSure] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const name = displayName(contact) || t('panel.noName');
  const choices: { value: RemoveHow; label: string; hint: string }[] = [
    { value: 'delete', label: t('remove.delete'), hint: t('remove.deleteHint') },
    { value: 'erase', label: t('remove.erase'), hint: t('remove.eraseHint') },
  ];
  return (
    <dialog ref={ref} className="confirm remove-dialog" aria-labelledby="remove-title" onCancel={onCancel}>
      <h2 id="remove-title">{t('delete.title', { name })}</h2>
      <fieldset>
        <legend>{t('remove.choice', { name })}</legend>
        {choices.map((choice) => (
          <label key={choice.value} className="remove-choice">
            <input type="radio" name="remove-how" value={choice.value} checked={how === choice.value} onChange={() => setHow(choice.value)} />
            <span>
              <strong>{choice.label}</strong>
              <span className="hint">{choice.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {how === 'erase' && (
        <label className="remove-sure">
          <input type="checkbox" checked={isSure} onChange={(e) => setIsSure(e.target.checked)} />
          <span>{t('remove.eraseConfirm', { name })}</span>
        </label>
      )}
      <div className="actions">
        <button type="button" autoFocus onClick={onCancel}>
          {t('remove.cancel')}
        </button>
        <button type="button" className="danger" disabled={how === 'erase' && !isSure} onClick={() => onConfirm(how)}>
          {how === 'erase' ? t('remove.confirmErase') : t('remove.confirmDelete')}
        </button>
      </div>
    </dialog>
  );
};
