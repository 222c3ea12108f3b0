import type { Settings } from '../../../api';
import type { Language } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n';

type SendWindow = Settings['sendWindow'];
type Props = { value: SendWindow; errors: Record<string, string>; onChange: (value: SendWindow) => void };

// Monday first, as calendars in France and most of Europe show it; 0 is Sunday in the settings.
const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;

const dayName = (day: number, language: Language): string =>
  // 7 January 2024 was a Sunday.
  new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + day));

const hourLabel = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;

export const SendWindowField = ({ value, errors, onChange }: Props) => {
  const { t, language } = useI18n();
  const toggle = (day: number, isOn: boolean) =>
    onChange({ ...value, days: isOn ? [...value.days.filter((d) => d !== day), day] : value.days.filter((d) => d !== day) });
  const hours = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i).map((hour) => (
      <option key={hour} value={hour}>
        {hourLabel(hour)}
      </option>
    ));
  const windowError = errors['sendWindow.endHour'] ?? errors['sendWindow.startHour'];

  return (
    <fieldset className="msg-window">
      <legend>{t('messages.business.window')}</legend>
      <div className="msg-days" role="group" aria-label={t('messages.business.windowDays')}>
        {WEEK.map((day) => (
          <label key={day} className="msg-check">
            <input type="checkbox" checked={value.days.includes(day)} onChange={(e) => toggle(day, e.target.checked)} />
            {dayName(day, language)}
          </label>
        ))}
      </div>
      <div className="msg-hours">
        <label htmlFor="msg-window-start">{t('messages.business.windowFrom')}</label>
        <select id="msg-window-start" value={value.startHour} onChange={(e) => onChange({ ...value, startHour: Number(e.target.value) })}>
          {hours(0, 23)}
        </select>
        <label htmlFor="msg-window-end">{t('messages.business.windowTo')}</label>
        <select
          id="msg-window-end"
          value={value.endHour}
          aria-invalid={windowError ? true : undefined}
          aria-describedby={windowError ? 'msg-window-error' : undefined}
          onChange={(e) => onChange({ ...value, endHour: Number(e.target.value) })}
        >
          {hours(1, 24)}
        </select>
      </div>
      {value.days.length === 0 && <p className="field-error">{t('messages.business.windowNoDays')}</p>}
      {windowError && (
        <p className="field-error" id="msg-window-error" role="alert">
          {windowError}
        </p>
      )}
      <p className="hint">{t('messages.business.windowHint')}</p>
    </fieldset>
  );
};
