import { conditionOps, customConditionSchema, type CustomCondition, type CustomField, type DateUnit } from '../../../api';

// The builder edits strings; this is the bridge between them and the contract's conditions.
export type ConditionDraft = { field: CustomField; op: string; value: string; amount: string; unit: DateUnit };

export const fieldGroups = {
  person: ['kind', 'tag', 'country', 'language', 'consent', 'unsubscribed'],
  money: ['lifetimeValue', 'givenThisYear', 'orderCount', 'donationCount'],
  dates: ['lastOrder', 'lastDonation', 'lastMeaningful', 'createdAt'],
} as const satisfies Record<string, readonly CustomField[]>;

export type ValueKind = 'kind' | 'text' | 'country' | 'language' | 'consent' | 'none' | 'money' | 'count' | 'period';

export const valueKindOf = (draft: Pick<ConditionDraft, 'field' | 'op'>): ValueKind => {
  switch (draft.field) {
    case 'kind':
    case 'country':
    case 'language':
    case 'consent':
      return draft.field;
    case 'tag':
      return 'text';
    case 'unsubscribed':
      return 'none';
    case 'lifetimeValue':
    case 'givenThisYear':
      return 'money';
    case 'orderCount':
    case 'donationCount':
      return 'count';
    default:
      return draft.op === 'never' ? 'none' : 'period';
  }
};

export const opsOf = (field: CustomField): readonly string[] => conditionOps[field];

// What a new row of each kind starts as: the most common question people ask of that field.
const STARTS: Record<CustomField, Omit<ConditionDraft, 'field'>> = {
  kind: { op: 'is', value: 'customer', amount: '', unit: 'days' },
  tag: { op: 'has', value: '', amount: '', unit: 'days' },
  country: { op: 'is', value: 'FR', amount: '', unit: 'days' },
  language: { op: 'is', value: 'fr', amount: '', unit: 'days' },
  consent: { op: 'is', value: 'consent', amount: '', unit: 'days' },
  unsubscribed: { op: 'no', value: '', amount: '', unit: 'days' },
  lifetimeValue: { op: 'atLeast', value: '100', amount: '', unit: 'days' },
  givenThisYear: { op: 'atLeast', value: '50', amount: '', unit: 'days' },
  orderCount: { op: 'atLeast', value: '2', amount: '', unit: 'days' },
  donationCount: { op: 'atLeast', value: '2', amount: '', unit: 'days' },
  lastOrder: { op: 'moreThan', value: '', amount: '6', unit: 'months' },
  lastDonation: { op: 'moreThan', value: '', amount: '12', unit: 'months' },
  lastMeaningful: { op: 'moreThan', value: '', amount: '6', unit: 'months' },
  createdAt: { op: 'inLast', value: '', amount: '30', unit: 'days' },
};

export const startDraft = (field: CustomField, defaultCountry = 'FR'): ConditionDraft => ({
  field,
  ...STARTS[field],
  ...(field === 'country' ? { value: defaultCountry } : {}),
});

// "12,50" and "12.50" are both twelve and a half.
const decimal = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.trim().replace(',', '.')));
const whole = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

// The condition the draft stands for, or null while a value is missing or out of range.
export const toCondition = (draft: ConditionDraft): CustomCondition | null => {
  const base = { field: draft.field, op: draft.op };
  const kind = valueKindOf(draft);
  const raw =
    kind === 'none'
      ? base
      : kind === 'period'
        ? { ...base, amount: whole(draft.amount), unit: draft.unit }
        : kind === 'money'
          ? { ...base, value: Math.round(decimal(draft.value) * 100) }
          : kind === 'count'
            ? { ...base, value: whole(draft.value) }
            : { ...base, value: draft.value };
  const parsed = customConditionSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

export const fromCondition = (condition: CustomCondition): ConditionDraft => {
  const draft = startDraft(condition.field);
  if ('amount' in condition) return { ...draft, op: condition.op, amount: String(condition.amount), unit: condition.unit };
  if (!('value' in condition)) return { ...draft, op: condition.op };
  const value = condition.field === 'lifetimeValue' || condition.field === 'givenThisYear' ? String(condition.value / 100) : String(condition.value);
  return { ...draft, op: condition.op, value };
};

// Switching the operator keeps the values typed so far; only a field change starts afresh.
export const withOp = (draft: ConditionDraft, op: string): ConditionDraft => {
  const next = { ...draft, op };
  return valueKindOf(next) === 'period' && next.amount === '' ? { ...next, amount: STARTS[draft.field].amount || '30' } : next;
};
