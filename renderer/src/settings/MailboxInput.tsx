import type { HTMLAttributes } from 'react';
import { describe, FormField } from '../shared/FormField';
import type { DraftField } from './mailbox-draft';

type Props = {
  field: DraftField;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  placeholder?: string;
};

// One text field of the mailbox form, with its hint and its error. Server names and
// addresses are not words: no spell check, no autocapitalisation.
export const MailboxInput = ({ field, label, hint, error, value, onChange, type = 'text', inputMode, placeholder }: Props) => {
  const id = `mailbox-${field}`;
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={field}
        type={type}
        value={value}
        inputMode={inputMode}
        placeholder={placeholder}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        {...describe(id, error, Boolean(hint))}
      />
    </FormField>
  );
};
