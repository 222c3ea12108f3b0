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
});
