import { useId, useState } from 'react';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { monthLabel } from './segment-words';

type Props = {
  name: string;
  value: number;
  limits: { min: number; max: number };
  onChange: (value: number) => void;
};

const LABELS: Record<string, MessageKey> = {
  days: 'segments.param.days',
  months: 'segments.param.months',
  years: 'segments.param.years',
  fiscalYearStartMonth: 'segments.param.fiscalYearStartMonth',
};

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

// Digits only: "1e2", "-3" and "4.5" are not a number of days.
const isWholeInRange = (text: string, { min, max }: Props['limits']): boolean => {
  const value = Number(text);
  return /^\d+$/.test(text.trim()) && value >= min && value <= max;
};

// One parameter of a built-in segment, edited in place; only whole numbers in range are sent.
export const ParamField = ({ name, value, limits, onChange }: Props) => {
  const { t, language } = useI18n();
  const id = useId();
  const [text, setText] = useState(String(value));
  const label = LABELS[name] ? t(LABELS[name]) : name;

  if (name === 'fiscalYearStartMonth') {
    return (
      <span className="param-field">
        <label htmlFor={id}>{label}</label>
        <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
          {MONTHS.map((month) => (
            <option key={month} value={month}>
              {monthLabel(month, language)}
            </option>
          ))}
        </select>
      </span>
    );
  }

  const isValid = isWholeInRange(text, limits);
  return (
    <span className="param-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={limits.min}
        max={limits.max}
        step={1}
        value={text}
        aria-invalid={!isValid}
        aria-describedby={isValid ? undefined : `${id}-range`}
        onChange={(e) => {
          setText(e.target.value);
          if (isWholeInRange(e.target.value, limits)) onChange(Number(e.target.value));
        }}
      />
      {!isValid && (
        <span id={`${id}-range`} className="field-error">
          {t('segments.paramOutOfRange', { min: limits.min, max: limits.max })}
        </span>
      )}
    </span>
  );
};
