import { useI18n } from '../i18n/i18n';
import type { DraftField, MailboxDraft } from './mailbox-draft';
import { MailboxInput } from './MailboxInput';

type Props = { draft: MailboxDraft; errors: Partial<Record<DraftField, string>>; onChange: (draft: MailboxDraft) => void };

const FIELDS = [
  ['minIntervalSeconds', 'mailbox.minInterval'],
  ['hourlyCap', 'mailbox.hourlyCap'],
  ['dailyCap', 'mailbox.dailyCap'],
] as const;

// The human pace (docs/practice.md): a pause between two messages, and caps per hour and per day.
export const PacingFields = ({ draft, errors, onChange }: Props) => {
  const { t } = useI18n();
  return (
    <fieldset className="mailbox-fieldset">
      <legend>{t('mailbox.pacing.legend')}</legend>
      <p className="hint mailbox-lead">{t('mailbox.pacing.lead')}</p>
      <div className="mailbox-row mailbox-pacing">
        {FIELDS.map(([field, label]) => (
          <MailboxInput key={field} field={field} label={t(label)} error={errors[field]} value={draft[field]} inputMode="numeric" onChange={(value) => onChange({ ...draft, [field]: value })} />
        ))}
      </div>
      <p className="hint">{t('mailbox.pacingHint')}</p>
    </fieldset>
  );
};
