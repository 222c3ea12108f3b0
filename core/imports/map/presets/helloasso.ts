import { helloAssoParticipantRows } from './helloasso-rows';
import { voidRowsNotCounted } from '../row-rule';
import { definePreset } from './preset';

// HelloAsso payments export ("Export des paiements", French, one row per payment). Header names
// from public code that reads real exports (an Odoo HelloAsso connector's CSV mapping and its
// test rows, and an app reproducing "the 31 HelloAsso headers"): "Référence commande",
// "Montant total", "Date du paiement" (DD/MM/YYYY HH:MM:SS), "Statut du paiement", "Nom payeur",
// "Prénom payeur", "Email payeur", "Pays payeur"… The short names "Date", "Montant", "Nom",
// "Prénom", "Email", "Statut" of other HelloAsso tables are accepted too. The payer is the donor.

export const helloAsso = definePreset({
  id: 'helloasso',
  name: 'HelloAsso',
  required: [
    ['Email payeur', 'Email'],
    ['Montant total', 'Montant', 'Montant du tarif'],
    ['Date du paiement', 'Date', 'Date de la commande'],
    ['Statut du paiement', 'Statut', 'Statut de la commande'],
    ['Prénom payeur', 'Prénom'],
    ['Nom payeur', 'Nom'],
  ],
  columns: {
    'Référence commande': 'event.reference',
    'Montant total': 'event.amount',
    Montant: 'event.amount',
    'Date du paiement': 'event.date',
    Date: 'event.date',
    'Date de la commande': 'event.date',
    'Statut du paiement': 'event.status',
    Statut: 'event.status',
    'Statut de la commande': 'event.status',
    'Nom payeur': 'lastName',
    Nom: 'lastName',
    'Prénom payeur': 'firstName',
    Prénom: 'firstName',
    'Email payeur': 'email',
    Email: 'email',
    'Raison sociale': 'company',
    'Pays payeur': 'country',
    Commentaire: 'notes',
    'Référence paiement': 'ignore',
    'Date de naissance': 'ignore',
    Campagne: 'ignore',
    'Type de campagne': 'ignore',
    'Montant du tarif': 'ignore',
    'Don supplémentaire': 'ignore',
    'Moyen de paiement': 'ignore',
    'Reçu fiscal': 'ignore',
  },
  unlisted: 'ignore',
  defaultKind: 'donor',
  defaultEventType: 'donation',
  // HelloAsso takes payments in euros only, and its export has no currency column.
  currency: 'EUR',
  rowRule: voidRowsNotCounted,
});

// HelloAsso's participants export (ticketing "Billetterie", memberships "Adhésion": one row per
// ticket or member). Its columns, from HelloAsso's back-office export and public code reading it
// (a tournament importer reading "Nom participant", "Prénom participant", "Tarif"): the order's
// "Référence commande", "Date de la commande", "Statut de la commande"; the ticket's "Tarif",
// "Montant du tarif", "Code Promo", "Montant du code promo"; the participant's "Nom participant",
// "Prénom participant" ("… adhérent" for memberships); the payer's "Nom payeur", "Prénom payeur",
// "Email payeur". Two people per row: the payer is the contact (helloasso-rows.ts). Every
// required group of the payments export is here too, so this one asks for more to win.
export const helloAssoParticipants = definePreset({
  id: 'helloasso-participants',
  name: 'HelloAsso participants',
  required: [
    ['Email payeur'],
    ['Nom payeur'],
    ['Prénom payeur'],
    ['Nom participant', 'Nom adhérent'],
    ['Prénom participant', 'Prénom adhérent'],
    ['Montant du tarif', 'Montant', 'Montant total'],
    ['Date de la commande', 'Date', 'Date du paiement'],
  ],
  columns: {
    'Email payeur': 'email',
    'Nom payeur': 'lastName',
    'Prénom payeur': 'firstName',
    'Raison sociale': 'company',
    'Pays payeur': 'country',
    'Référence commande': 'event.reference',
    'Date de la commande': 'event.date',
    Date: 'event.date',
    'Date du paiement': 'event.date',
    'Statut de la commande': 'event.status',
    Statut: 'event.status',
    'Statut du paiement': 'event.status',
    'Montant du tarif': 'event.amount',
    Montant: 'event.amount',
    'Montant total': 'event.amount',
    // Read by the row rule, onto the event: never the contact's name.
    'Nom participant': 'ignore',
    'Prénom participant': 'ignore',
    'Nom adhérent': 'ignore',
    'Prénom adhérent': 'ignore',
    'Email participant': 'ignore',
    'Date de naissance': 'ignore',
    Tarif: 'ignore',
    Formule: 'ignore',
    'Code Promo': 'ignore',
    'Montant du code promo': 'ignore',
    'Référence paiement': 'ignore',
    Campagne: 'ignore',
    'Type de campagne': 'ignore',
    'Moyen de paiement': 'ignore',
    'Don supplémentaire': 'ignore',
    Commentaire: 'ignore',
  },
  unlisted: 'ignore',
  defaultKind: null,
  defaultEventType: 'order',
  currency: 'EUR',
  leftOut: {
    'Nom participant': 'import.leftOut.participant',
    'Prénom participant': 'import.leftOut.participant',
    'Nom adhérent': 'import.leftOut.participant',
    'Prénom adhérent': 'import.leftOut.participant',
  },
  rowRule: helloAssoParticipantRows,
});
