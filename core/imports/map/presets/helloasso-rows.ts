import { copyOf } from '../../keep-text';
import { cellAt, columnIndex, dropIfVoid, type RowRuleMaker } from '../row-rule';

// The participants (ticketing, memberships) export: the contact is the payer, who has the email
// ("Email payeur", "Nom payeur", "Prénom payeur"); the participant (a child, a guest) is who the
// ticket is for, and goes on the event as its item ("Entrée enfant: Léo Dupré"), never over the
// payer's name. Each participant's ticket is its own event, with its own price: an order of
// three tickets is three lines of the export, each with its tarif.
export const helloAssoParticipantRows: RowRuleMaker = (headers) => {
  const first = columnIndex(headers, 'Prénom participant', 'Prénom adhérent');
  const last = columnIndex(headers, 'Nom participant', 'Nom adhérent');
  const tarif = columnIndex(headers, 'Tarif', 'Formule', 'Nom du tarif');
  const campaign = columnIndex(headers, 'Campagne', 'Nom de la campagne');
  return (values, cells) => {
    if (dropIfVoid(values) || !values.hasEvent) return;
    const participant = [cellAt(cells, first), cellAt(cells, last)].filter(Boolean).join(' ');
    const what = cellAt(cells, tarif) || cellAt(cells, campaign);
    const item = [what, participant].filter(Boolean).join(': ');
    if (item) values.itemName = copyOf(item);
    // The order's lines are one ticket each: told apart by who the ticket is for.
    if (values.reference !== null && participant) values.reference = copyOf(`${values.reference} ${participant}`);
  };
};
