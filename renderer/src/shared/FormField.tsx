import type { ReactNode } from 'react';

type Props = { id: string; label: string; hint?: ReactNode; error?: string | undefined; children: ReactNode };

// A labelled control with its hint and its error; the control itself points at both.
export const FormField = ({ id, label, hint, error, children }: Props) => (
  <div className="field">
    <label htmlFor={id}>{label}</label>
    {children}
    {hint && (
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
    )}
    {error && (
      <p className="field-error" id={`${id}-error`} role="alert">
        {error}
      </p>
    )}
  </div>
);

// aria-* for a control inside FormField.
export const describe = (id: string, error: string | undefined, hasHint = false) => ({
  'aria-invalid': error ? true : undefined,
  'aria-describedby': [hasHint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined,
});
