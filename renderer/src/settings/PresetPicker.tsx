import { findPreset, mailboxPresets, type MailboxPreset } from '../../../api/mailbox-presets';
import { useI18n } from '../i18n/i18n';

type Props = { presetId: string; onChoose: (preset: MailboxPreset) => void };

// The provider list fills the server and the pace; its note says what that provider needs.
export const PresetPicker = ({ presetId, onChoose }: Props) => {
  const { t, language } = useI18n();
  const preset = findPreset(presetId) ?? findPreset('other')!;
  return (
    <div className="field mailbox-preset">
      <label htmlFor="mailbox-preset">{t('mailbox.preset')}</label>
      <select
        id="mailbox-preset"
        value={preset.id}
        aria-describedby="mailbox-preset-hint mailbox-preset-note"
        onChange={(event) => onChoose(findPreset(event.target.value)!)}
      >
        {mailboxPresets.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.id === 'other' ? t('mailbox.presetOther') : choice.name}
          </option>
        ))}
      </select>
      <p className="hint" id="mailbox-preset-hint">
        {t('mailbox.presetHint')}
      </p>
      <p className="mailbox-note" id="mailbox-preset-note" data-preset={preset.id}>
        {preset.note[language]}
        {preset.helpUrl && (
          <>
            {' '}
            <a href={preset.helpUrl} target="_blank" rel="noreferrer noopener">
              {t('mailbox.presetHelp', { provider: preset.id === 'other' ? t('mailbox.presetOther') : preset.name })}
            </a>
          </>
        )}
      </p>
    </div>
  );
};
