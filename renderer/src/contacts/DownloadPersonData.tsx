import { useState } from 'react';
import type { Contact } from '../../../api';
import { useApi } from '../api/api-context';
import { useI18n } from '../i18n/i18n';
import { downloadText } from '../shared/download-text';
import { describeError } from '../shared/describe-error';
import { displayName } from '../shared/display-name';
import { personFileName } from './person-file-name';
import './data-rights.css';

// "Download their data": everything Relance holds on the person, as one JSON file (C9).
export const DownloadPersonData = ({ contact }: { contact: Contact }) => {
  const api = useApi();
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const download = async () => {
    const result = await api.call('contacts.exportPerson', { id: contact.id });
    if (!result.ok) {
      setStatus(describeError(result.error, t));
      return;
    }
    const file = personFileName(contact);
    downloadText(file, `${JSON.stringify(result.value, null, 2)}\n`, 'application/json;charset=utf-8');
    setStatus(t('rights.downloaded', { file, name: displayName(contact) || t('panel.noName') }));
  };
  return (
    <>
      <button type="button" onClick={() => void download()}>
        {t('rights.download')}
      </button>
      {status && (
        <p role="status" className="hint download-status">
          {status}
        </p>
      )}
    </>
  );
};
