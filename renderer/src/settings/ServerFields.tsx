import { isLoopbackHost, securityModes } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { describe, FormField } from '../shared/FormField';
import { withSecurity, type DraftField, type MailboxDraft } from './mailbox-draft';
import { MailboxInput } from './MailboxInput';

type Props = { draft: MailboxDraft; errors: Partial<Record<DraftField, string>>; onChange: (draft: MailboxDraft) => void };

// Server, port and security. "None" is offered only for a server on this computer: the
// contract refuses it anywhere else, and the hint says why.
export const ServerFields = ({ draft, errors, onChange }: Props) => {
  const { t } = useI18n();
  const isLocal = isLoopbackHost(draft.host);
  return (
    <fieldset className="mailbox-fieldset">
      <legend>{t('mailbox.server.legend')}</legend>
      <MailboxInput field="host" label={t('mailbox.host')} error={errors.host} value={draft.host} placeholder="smtp.example.com" onChange={(host) => onChange({ ...draft, host })} />
      <div className="mailbox-row">
        <MailboxInput field="port" label={t('mailbox.port')} error={errors.port} value={draft.port} inputMode="numeric" onChange={(port) => onChange({ ...draft, port })} />
        <FormField id="mailbox-security" label={t('mailbox.security')} hint={t('mailbox.securityHint')} error={errors.security}>
          <select
            id="mailbox-security"
            value={draft.security}
            onChange={(event) => onChange(withSecurity(draft, event.target.value as MailboxDraft['security']))}
            {...describe('mailbox-security', errors.security, true)}
          >
            {securityModes.map((mode) => (
              <option key={mode} value={mode} disabled={mode === 'none' && !isLocal && draft.security !== 'none'}>
                {t(`mailbox.security.${mode}`)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
    </fieldset>
  );
};
