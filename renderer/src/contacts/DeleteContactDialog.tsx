import type { Contact } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { displayName } from './display-name';

// "Delete Héloïse Lefèvre?" — the same question wherever a contact can be deleted.
export const DeleteContactDialog = ({ contact, onConfirm, onCancel }: { contact: Contact; onConfirm: () => void; onCancel: () => void }) => {
  const { t } = useI18n();
  return (
    <ConfirmDialog
      title={t('delete.title', { name: displayName(contact) || t('panel.noName') })}
      body={t('delete.body')}
      confirmLabel={t('delete.confirm')}
      cancelLabel={t('delete.cancel')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
};
