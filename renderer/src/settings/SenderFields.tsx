import { useI18n } from '../i18n/i18n';
import type { DraftField, MailboxDraft } from './mailbox-draft';
import { MailboxInput } from './MailboxInput';

type Props = { draft: MailboxDraft; errors: Partial<Record<DraftField, string>>; onChange: (draft: MailboxDraft) => void };

export const SenderFields = ({ draft, errors, onChange }: Props) => {
  const { t } = useI18n();
  return (
    <fieldset className="mailbox-fieldset">
      <legend>{t('mailbox.sender.legend')}</legend>
      <MailboxInput field="fromName" label={t('mailbox.fromName')} hint={t('mailbox.fromNameHint')} error={errors.fromName} value={draft.fromName} onChange={(fromName) => onChange({ ...draft, fromName })} />
      <MailboxInput
        field="fromAddress"
        type="email"
        label={t('mailbox.fromAddress')}
        hint={t('mailbox.fromAddressHint')}
        error={errors.fromAddress}
        value={draft.fromAddress}
        onChange={(fromAddress) => onChange({ ...draft, fromAddress })}
      />
      <MailboxInput field="replyTo" type="email" label={t('mailbox.replyTo')} hint={t('mailbox.replyToHint')} error={errors.replyTo} value={draft.replyTo} onChange={(replyTo) => onChange({ ...draft, replyTo })} />
    </fieldset>
  );
};
