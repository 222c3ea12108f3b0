import type { RowValues } from './row-values';
import { headerMatchKey } from './normalize-header';

// What a column-by-column mapping cannot say: a preset whose rows mean different things by
// their kind (PayPal: who the contact is depends on the money's direction; HelloAsso: the payer
// and the participant are two people) adjusts each row's values once its cells are read.

export type RowRule = (values: RowValues, cells: readonly string[]) => void;

// What the rows said about the file as a whole, gathered while they are read: the owner's own
// addresses (the side of the rows that is the business), which are never a contact.
export type FileFacts = { ownAddresses: Set<string> };

export const newFileFacts = (): FileFacts => ({ ownAddresses: new Set() });

export type RowRuleMaker = (headers: readonly string[], facts: FileFacts) => RowRule;

// The index of the first header among `names` (as presets compare them), or -1.
export const columnIndex = (headers: readonly string[], ...names: string[]): number => {
  const keys = new Set(names.map(headerMatchKey));
  return headers.findIndex((header) => keys.has(headerMatchKey(header)));
};

export const cellAt = (cells: readonly string[], index: number): string => (index === -1 ? '' : (cells[index] ?? '').trim());

// Statuses that mean the money never came or went back: such a row is no order and no gift.
// HelloAsso writes "Annulé", "Remboursé", "Refusé"; Donorbox "refunded", "failed"…
const voidStatus = /^(annul|cancel|rembours|refund|refus|declin|denied|fail|echou|expir|void|abandon)/;

const folded = (status: string): string => status.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

export const isVoidStatus = (status: string | null): boolean => status !== null && voidStatus.test(folded(status));

// PayPal's statuses of money that never arrived. Not "Refunded" or "Reversed": PayPal writes the
// refund or the reversal as a row of its own, which already takes the money back.
const unpaidStatus = /^(denied|declined|cancel|failed|void|expired|unclaimed)/;

export const isUnpaidStatus = (status: string | null): boolean => status !== null && unpaidStatus.test(folded(status));

// A row whose money never came or went back stays a contact, carries no event and counts in
// no figure; the preview says so, line by line. True when the row was such a one.
export const dropIfVoid = (values: RowValues, isVoid: (status: string | null) => boolean = isVoidStatus): boolean => {
  if (!values.hasEvent || !isVoid(values.status)) return false;
  const status = values.status!;
  values.hasEvent = false;
  values.problems.push({
    line: values.line,
    column: null,
    message: `Status “${status}”: not counted as an order or a gift.`,
    rule: 'import.voidNotCounted',
    params: { status },
  });
  return true;
};

export const voidRowsNotCounted: RowRuleMaker = () => (values) => void dropIfVoid(values);
