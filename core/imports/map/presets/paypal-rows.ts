import { copyOf } from '../../keep-text';
import { cellAt, columnIndex, dropIfVoid, isUnpaidStatus, type RowRuleMaker } from '../row-rule';

// Who a PayPal row is about depends on the money's direction ("Balance Impact", else the sign
// of "Gross"). Money in (a payment received): the payer, in "From Email Address"; the owner is
// in "To Email Address". Money out (a refund, a payment sent): the counterparty, in "To Email
// Address"; the owner is in "From Email Address". Only money in is an order or a gift, and only
// money going back to a payer is a refund: it points at the payment it refunds ("Reference Txn
// ID"), so it nets that payer's figures. "Memo" rows (holds, authorisations) move no money.

type Direction = 'in' | 'out' | 'none';

const directionOf = (impact: string, gross: string): Direction => {
  const said = impact.toLowerCase();
  if (said === 'credit' || said === 'crédit') return 'in';
  if (said === 'debit' || said === 'débit') return 'out';
  if (said === 'memo' || said === 'mémo') return 'none';
  if (/^\s*[-−–(]/.test(gross)) return 'out';
  return /\d/.test(gross) && !/^[\s0.,]*$/.test(gross) ? 'in' : 'none';
};

const unsigned = (amount: string): string => amount.replace(/^\s*[-−–]\s*/, '').replace(/^\((.*)\)$/, '$1');

export const payPalRows: RowRuleMaker = (headers, facts) => {
  const from = columnIndex(headers, 'From Email Address');
  const to = columnIndex(headers, 'To Email Address');
  const impact = columnIndex(headers, 'Balance Impact');
  const gross = columnIndex(headers, 'Gross');
  const original = columnIndex(headers, 'Reference Txn ID');
  return (values, cells) => {
    const direction = directionOf(cellAt(cells, impact), cellAt(cells, gross));
    const [counterparty, owner] = direction === 'out' ? [cellAt(cells, to), cellAt(cells, from)] : [cellAt(cells, from), cellAt(cells, to)];
    if (direction !== 'none' && owner) facts.ownAddresses.add(owner.toLowerCase());
    // The contact is the counterparty alone: the owner's address is never one of theirs.
    values.emails.length = 0;
    values.extraEmails.length = 0;
    if (counterparty && !facts.ownAddresses.has(counterparty.toLowerCase())) values.emails.push(copyOf(counterparty));
    const isRefund = values.eventType === 'refund';
    if (direction === 'out' && isRefund) {
      // Stored as a positive sum that the payer's figures subtract (derived-sql.ts).
      if (values.amountText !== null) values.amountText = unsigned(values.amountText);
      const refunded = cellAt(cells, original);
      if (refunded) values.reference = copyOf(refunded);
    } else if (direction !== 'in' || isRefund) {
      // A payment the owner sent, a refund the owner received, a hold: nobody's order or gift.
      values.hasEvent = false;
    } else dropIfVoid(values, isUnpaidStatus);
  };
};
