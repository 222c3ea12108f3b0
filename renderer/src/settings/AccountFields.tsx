import type { MailboxStatus } from '../../../api';
import { findPreset } from '../../../api/mailbox-presets';
import { useI18n } from '../i18n/i18n';
import { withUser, type DraftField, type MailboxDraft } from './mailbox-draft';
import { MailboxInput } from './MailboxInput';

type Props = {
  draft: MailboxDraft;
  password: string;
  status: Pick<MailboxStatus, 'hasPassword' | 'secretStore'>;
  errors: Partial<Record<DraftField, string>>;
  onChange: (draft: MailboxDraft) => void;
  onPassword: (password: string) => void;
};

// User name and password. The password is write-only: the window never receives the one kept,
// it only says that one is kept, and where.
export const AccountFields = ({ draft, password, status, errors, onChange, onPassword }: Props) => {
  const { t } = useI18n();
  const isAppPassword = findPreset(draft.presetId)?.passwordKind === 'app-password';
  return (
    <fieldset className="mailbox-fieldset">
      <legend>{t('mailbox.account.legend')}</legend>
      <MailboxInput field="user" label={t('mailbox.user')} hint={t('mailbox.userHint')} error={errors.user} value={draft.user} onChange={(user) => onChange(withUser(draft, user))} />
      <div className="field">
        <label htmlFor="mailbox-password">{t(isAppPassword ? 'mailbox.appPassword' : 'mailbox.password')}</label>
        <input
          id="mailbox-password"
          type="password"
          value={password}
          autoComplete="new-password"
          placeholder={t(status.hasPassword ? 'mailbox.passwordKept' : 'mailbox.passwordEmpty')}
          aria-describedby="mailbox-password-hint"
          onChange={(event) => onPassword(event.target.value)}
        />
        <p className="hint" id="mailbox-password-hint" data-store={status.secretStore}>
          {t(`mailbox.secret.${status.hasPassword ? status.secretStore : 'none'}`)}
        </p>
      </div>
    </fieldset>
  );
};
