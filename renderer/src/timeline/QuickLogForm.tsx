import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../../api';
import { useApi } from '../api/api-context';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { useClock } from '../shared/clock';
import { describeError, describeIssue } from '../shared/describe-error';
import { amountPlaceholder } from '../shared/money';
import { CURRENCIES, emptyLogDraft, fieldOfPath, fieldsOf, logKinds, outcomesOf, requestFrom, type LogDraft, type LogField, type LogKind } from './log-draft';
import './timeline.css';

type Props = {
  contactId: string;
  // The contact's usual currency, to pre-fill amounts.
  currency: string | null;
  initialKind?: LogKind;
  onLogged: (kind: LogKind) => void;
  onCancel: () => void;
};

export const kindLabel = (kind: LogKind): MessageKey => (kind === 'stalled' ? 'log.kind.stalled' : `timeline.type.${kind}`);

const labelOf = (kind: LogKind, field: LogField): MessageKey => {
  switch (field) {
    case 'occurredAt':
      return kind === 'stalled' ? 'log.field.lastExchangeAt' : 'log.field.occurredAt';
    case 'amount':
      return kind === 'abandoned_cart' ? 'log.field.cartValue' : 'log.field.amount';
    case 'reference':
      return kind === 'donation' ? 'log.field.giftReference' : kind === 'quote_sent' ? 'log.field.quoteReference' : 'log.field.reference';
    case 'link':
      return kind === 'product_viewed' ? 'log.field.productLink' : 'log.field.link';
    case 'note':
      return ['call', 'meeting', 'reply', 'stalled'].includes(kind) ? 'log.field.about' : 'log.field.note';
    default:
      return `log.field.${field}`;
  }
};

// One form for every quick log: the fields follow the kind of event; errors come back from
// core on their field, worded in the window's language.
export const QuickLogForm = ({ contactId, currency, initialKind = 'call', onLogged, onCancel }: Props) => {
  const api = useApi();
  const { t, language } = useI18n();
  const { timeZone } = useClock();
  const [draft, setDraft] = useState<LogDraft>(() => emptyLogDraft(initialKind, currency ?? 'EUR', new Date(), timeZone));
  const [error, setError] = useState<ApiError | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const errors: Partial<Record<string, string>> = {};
  for (const issue of error?.issues ?? []) errors[fieldOfPath(issue.path)] ??= describeIssue(issue, t);
  const fields = fieldsOf(draft.kind);
  const id = (field: string) => `log-${contactId}-${field}`;
  const set = (field: LogField) => (value: string) =>
    setDraft((d) => ({ ...d, [field]: value, isDateTouched: d.isDateTouched || field === 'occurredAt' }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setIsSaving(true);
    const request = requestFrom(draft, contactId, timeZone);
    const result = request.method === 'events.log' ? await api.call('events.log', request.input) : await api.call('prospects.logStalled', request.input);
    setIsSaving(false);
    if (result.ok) onLogged(draft.kind);
    else setError(result.error);
  };

  const field = (name: LogField, control: ReactNode, hint?: MessageKey) => (
    <div className={`field field-${name}`} key={name}>
      <label htmlFor={id(name)}>{t(labelOf(draft.kind, name))}</label>
      {control}
      {hint && <p className="hint">{t(hint)}</p>}
      {errors[name] && (
        <p className="field-error" id={`${id(name)}-error`} role="alert">
          {errors[name]}
        </p>
      )}
    </div>
  );
  const invalid = (name: LogField) => (errors[name] ? { 'aria-invalid': true, 'aria-describedby': `${id(name)}-error` } : {});
  const input = (name: LogField, type = 'text', extra: Record<string, string> = {}) => (
    <input id={id(name)} type={type} value={draft[name]} onChange={(e) => set(name)(e.target.value)} {...invalid(name)} {...extra} />
  );
  const currencies = CURRENCIES.includes(draft.currency) ? CURRENCIES : [draft.currency, ...CURRENCIES];

  const controls: Record<LogField, () => ReactNode> = {
    occurredAt: () => field('occurredAt', input('occurredAt', 'datetime-local'), 'log.field.dateHint'),
    amount: () => field('amount', input('amount', 'text', { inputMode: 'decimal', placeholder: amountPlaceholder(language), autoComplete: 'off' })),
    currency: () =>
      field(
        'currency',
        <select id={id('currency')} value={draft.currency} onChange={(e) => set('currency')(e.target.value)} {...invalid('currency')}>
          {currencies.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>,
      ),
    reference: () => field('reference', input('reference')),
    items: () =>
      field('items', <textarea id={id('items')} rows={2} value={draft.items} onChange={(e) => set('items')(e.target.value)} {...invalid('items')} />, 'log.field.itemsHint'),
    link: () => field('link', input('link', 'url', { placeholder: 'https://' })),
    note: () => field('note', <textarea id={id('note')} rows={2} value={draft.note} onChange={(e) => set('note')(e.target.value)} {...invalid('note')} />),
    interest: () => field('interest', input('interest')),
    outcome: () =>
      field(
        'outcome',
        <select id={id('outcome')} value={draft.outcome || outcomesOf(draft.kind)[0]} onChange={(e) => set('outcome')(e.target.value)} {...invalid('outcome')}>
          {outcomesOf(draft.kind).map((outcome) => (
            <option key={outcome} value={outcome}>
              {t(`timeline.outcome.${outcome}`)}
            </option>
          ))}
        </select>,
        draft.kind === 'abandoned_cart' ? undefined : 'log.field.outcomeHint',
      ),
  };

  return (
    <form className="contact-form log-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={id('kind')}>{t('log.what')}</label>
        <select
          id={id('kind')}
          value={draft.kind}
          onChange={(e) => {
            setError(null);
            // A cart's outcomes are not an order's: the choice starts again with the kind.
            setDraft((d) => ({ ...d, kind: e.target.value as LogKind, outcome: '' }));
          }}
        >
          {logKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(kindLabel(kind))}
            </option>
          ))}
        </select>
        {draft.kind === 'stalled' && <p className="hint">{t('log.stalledSinceHint')}</p>}
      </div>
      {error && !error.issues?.length && (
        <p role="alert" className="form-error">
          {describeError(error, t)}
        </p>
      )}
      {error?.issues?.length ? <p className="form-error">{t('log.fixErrors')}</p> : null}
      <div className="log-fields">{fields.map((name) => controls[name]())}</div>
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('log.cancel')}
        </button>
        <button type="submit" className="primary" disabled={isSaving}>
          {isSaving ? t('log.saving') : t('log.save')}
        </button>
      </div>
    </form>
  );
};
