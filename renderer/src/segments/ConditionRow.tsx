import { useMemo } from 'react';
import { consentBases, contactKinds, dateUnits, type CustomField } from '../../../api';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/i18n';
import { countryOptions } from '../shared/countries';
import { contactLanguages, languageName } from '../shared/languages';
import { fieldGroups, opsOf, startDraft, toCondition, valueKindOf, withOp, type ConditionDraft } from './condition-draft';

type Props = {
  draft: ConditionDraft;
  number: number;
  defaultCountry: string;
  onChange: (draft: ConditionDraft) => void;
  onRemove: (() => void) | null;
};

const FIELD_LABEL: Record<CustomField, MessageKey> = {
  kind: 'segments.field.kind',
  tag: 'segments.field.tag',
  country: 'segments.field.country',
  language: 'segments.field.language',
  consent: 'segments.field.consent',
  unsubscribed: 'segments.field.unsubscribed',
  lifetimeValue: 'segments.field.lifetimeValue',
  givenThisYear: 'segments.field.givenThisYear',
  orderCount: 'segments.field.orderCount',
  donationCount: 'segments.field.donationCount',
  lastOrder: 'segments.field.lastOrder',
  lastDonation: 'segments.field.lastDonation',
  lastMeaningful: 'segments.field.lastMeaningful',
  createdAt: 'segments.field.createdAt',
};

const GROUP_LABEL: Record<keyof typeof fieldGroups, MessageKey> = {
  person: 'segments.fieldGroup.person',
  money: 'segments.fieldGroup.money',
  dates: 'segments.fieldGroup.dates',
};

const OP_LABEL: Record<string, MessageKey> = {
  is: 'segments.op.is',
  isNot: 'segments.op.isNot',
  has: 'segments.op.has',
  hasNot: 'segments.op.hasNot',
  yes: 'segments.op.yes',
  no: 'segments.op.no',
  atLeast: 'segments.op.atLeast',
  atMost: 'segments.op.atMost',
  exactly: 'segments.op.exactly',
  inLast: 'segments.op.inLast',
  moreThan: 'segments.op.moreThan',
  never: 'segments.op.never',
};

// One condition: what (field), how (operator), and the value it is compared with.
export const ConditionRow = ({ draft, number, defaultCountry, onChange, onRemove }: Props) => {
  const { t, language } = useI18n();
  const countries = useMemo(() => countryOptions(language), [language]);
  const kind = valueKindOf(draft);
  const isInvalid = toCondition(draft) === null;
  const valueLabel = t('segments.builder.value', { number });
  const set = (patch: Partial<ConditionDraft>) => onChange({ ...draft, ...patch });

  const valueControl = () => {
    switch (kind) {
      case 'kind':
        return (
          <select aria-label={valueLabel} value={draft.value} onChange={(e) => set({ value: e.target.value })}>
            {contactKinds.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        );
      case 'country':
        return (
          <select aria-label={valueLabel} value={draft.value} onChange={(e) => set({ value: e.target.value })}>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        );
      case 'language':
        return (
          <select aria-label={valueLabel} value={draft.value} onChange={(e) => set({ value: e.target.value })}>
            {contactLanguages.map((code) => (
              <option key={code} value={code}>
                {languageName(code, t)}
              </option>
            ))}
          </select>
        );
      case 'consent':
        return (
          <select aria-label={valueLabel} value={draft.value} onChange={(e) => set({ value: e.target.value })}>
            {consentBases.map((basis) => (
              <option key={basis} value={basis}>
                {t(`consent.${basis}`)}
              </option>
            ))}
            <option value="none">{t('segments.noBasis')}</option>
          </select>
        );
      case 'text':
        return <input type="text" aria-label={valueLabel} aria-invalid={isInvalid} maxLength={60} value={draft.value} onChange={(e) => set({ value: e.target.value })} />;
      case 'money':
      case 'count':
        return (
          <input
            type="text"
            inputMode={kind === 'money' ? 'decimal' : 'numeric'}
            className="number"
            aria-label={valueLabel}
            aria-invalid={isInvalid}
            value={draft.value}
            onChange={(e) => set({ value: e.target.value })}
          />
        );
      case 'period':
        return (
          <>
            <input
              type="number"
              min={1}
              max={3650}
              className="number"
              aria-label={valueLabel}
              aria-invalid={isInvalid}
              value={draft.amount}
              onChange={(e) => set({ amount: e.target.value })}
            />
            <select aria-label={t('segments.builder.unit', { number })} value={draft.unit} onChange={(e) => set({ unit: e.target.value as ConditionDraft['unit'] })}>
              {dateUnits.map((unit) => (
                <option key={unit} value={unit}>
                  {t(`segments.unitChoice.${unit}`)}
                </option>
              ))}
            </select>
          </>
        );
      case 'none':
        return null;
    }
  };

  return (
    <li className="condition-row" data-field={draft.field}>
      <select aria-label={t('segments.builder.field', { number })} value={draft.field} onChange={(e) => onChange(startDraft(e.target.value as CustomField, defaultCountry))}>
        {(Object.keys(fieldGroups) as (keyof typeof fieldGroups)[]).map((group) => (
          <optgroup key={group} label={t(GROUP_LABEL[group])}>
            {fieldGroups[group].map((field) => (
              <option key={field} value={field}>
                {t(FIELD_LABEL[field])}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <select aria-label={t('segments.builder.op', { number })} value={draft.op} onChange={(e) => onChange(withOp(draft, e.target.value))}>
        {opsOf(draft.field).map((op) => (
          <option key={op} value={op}>
            {OP_LABEL[op] ? t(OP_LABEL[op]) : op}
          </option>
        ))}
      </select>
      <span className="condition-value">{valueControl()}</span>
      {onRemove && (
        <button type="button" className="icon" aria-label={t('segments.builder.remove', { number })} onClick={onRemove}>
          ×
        </button>
      )}
    </li>
  );
};
