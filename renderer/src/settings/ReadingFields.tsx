import { isLoopbackHost, securityModes } from '../../../api';
import { useI18n } from '../i18n/i18n';
import { describe, FormField } from '../shared/FormField';
import { withImapHost, withImapSecurity, type ImapDraft } from './imap-draft';
import type { DraftField } from './mailbox-draft';
import { MailboxInput } from './MailboxInput';

type Props = {
  draft: ImapDraft;
  password: string;
  errors: Partial<Record<DraftField, string>>;
  onChange: (draft: ImapDraft) => void;
  onPassword: (password: string) => void;
};

// Reading replies and bounces (IMAP): where the same account reads its mail. Off, Relance only
// sends; on, it reads the inbox and spam folders for replies, bounces and unsubscribes.
export const ReadingFields = ({ draft, password, errors, onChange, onPassword }: Props) => {
  const { t } = useI18n();
  const isLocal = isLoopbackHost(draft.host);
  return (
    <fieldset className="mailbox-fieldset reading-fields" data-testid="reading-fields">
      <legend>{t('reading.legend')}</legend>
      <label className="msg-switch">
        <input type="checkbox" role="switch" id="mailbox-imapOn" checked={draft.isOn} aria-describedby="mailbox-imapOn-hint" onChange={(event) => onChange({ ...draft, isOn: event.target.checked })} />
        {t('reading.on')}
      </label>
      <p className="hint" id="mailbox-imapOn-hint">
        {t(draft.isOn ? 'reading.onHint' : 'reading.offHint')}
      </p>
      {draft.isOn && (
        <div className="reading-server">
          <MailboxInput field="imapHost" label={t('reading.host')} error={errors.imapHost} value={draft.host} placeholder="imap.example.com" onChange={(host) => onChange(withImapHost(draft, host))} />
          <div className="mailbox-row">
            <MailboxInput field="imapPort" label={t('mailbox.port')} error={errors.imapPort} value={draft.port} inputMode="numeric" onChange={(port) => onChange({ ...draft, port })} />
            <FormField id="mailbox-imapSecurity" label={t('mailbox.security')} error={errors.imapSecurity}>
              <select
                id="mailbox-imapSecurity"
                value={draft.security}
                onChange={(event) => onChange(withImapSecurity(draft, event.target.value as ImapDraft['security']))}
                {...describe('mailbox-imapSecurity', errors.imapSecurity)}
              >
                {securityModes.map((mode) => (
                  <option key={mode} value={mode} disabled={mode === 'none' && !isLocal && draft.security !== 'none'}>
                    {t(`reading.security.${mode}`)}
                  </option>
                ))}
              </select>
            </FormField>
          </div>
          <label className="reading-own-user">
            <input type="checkbox" id="mailbox-imapOwnUser" checked={draft.hasOwnUser} onChange={(event) => onChange({ ...draft, hasOwnUser: event.target.checked })} />
            {t('reading.ownUser')}
          </label>
          {draft.hasOwnUser && (
            <div className="mailbox-row reading-account">
              <MailboxInput field="imapUser" label={t('reading.user')} error={errors.imapUser} value={draft.user} onChange={(user) => onChange({ ...draft, user })} />
              <div className="field">
                <label htmlFor="mailbox-imapPassword">{t('reading.password')}</label>
                <input
                  id="mailbox-imapPassword"
                  type="password"
                  value={password}
                  autoComplete="new-password"
                  placeholder={t('reading.passwordPlaceholder')}
                  onChange={(event) => onPassword(event.target.value)}
                />
              </div>
            </div>
          )}
        </div>
      )}
    </fieldset>
  );
};
