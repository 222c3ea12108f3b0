import type { enPaymentFiles } from './en-payment-files';

// Textes français des exports de paiements et de dons à l'import (PayPal, HelloAsso, fichiers
// JSON), répartis dans fr.ts.
export const frPaymentFiles: Record<keyof typeof enPaymentFiles, string> = {
  'import.format.json': 'Fichier JSON',
  'rule.import.file.json': '« {fileName} » n’est pas un JSON valide : il s’interrompt ligne {line}, colonne {column}. Exportez-le de nouveau, ou corrigez-le à cet endroit.',
  'rule.import.ownAddress': '{email} est votre propre adresse : ce n’est pas un contact.',
  'rule.import.voidNotCounted': 'Statut « {status} » : compté ni comme commande ni comme don.',
  'import.leftOut.participant': '« {column} » désigne la personne pour qui est le billet, pas le contact : elle figure sur le billet, et le contact est le payeur.',
  'import.leftOut.counterparty': '« {column} » est lu ligne par ligne : le contact est l’autre partie de chaque paiement (le payeur, ou la personne remboursée), jamais votre propre adresse.',
};
