import type { enLeftOut } from './en-left-out';

// Textes français des colonnes qu'un import laisse de côté, et pourquoi, répartis dans fr.ts.
export const frLeftOut: Record<keyof typeof enLeftOut, string> = {
  'import.leftOut.title': 'Colonnes laissées de côté',
  'import.leftOut.dates': '« {column} » n’a pas été lue comme « {field} » : elle contient des dates, comme « {value} ».',
  'import.leftOut.numbers': '« {column} » n’a pas été lue comme « {field} » : elle contient des nombres, comme « {value} ».',
  'import.leftOut.counts': '« {column} » n’a pas été lue comme « {field} » : elle contient de petits nombres qui se répètent, comme « {value} », qui comptent plutôt qu’ils ne désignent.',
  'import.leftOut.notDates': '« {column} » n’a pas été lue comme « {field} » : ses valeurs, comme « {value} », ne sont pas des dates.',
  'import.leftOut.notEventTypes': '« {column} » n’a pas été lue comme « {field} » : ses valeurs, comme « {value} », ne sont pas des sortes d’événement (commande, don, panier abandonné, livraison, remboursement).',
  'import.leftOut.notKinds': '« {column} » n’a pas été lue comme « {field} » : ses valeurs, comme « {value} », ne sont pas des sortes de contact (client, donateur, prospect).',
  'import.leftOut.notEmails': '« {column} » n’a pas été lue comme « {field} » : ses valeurs, comme « {value} », ne sont pas des adresses e-mail.',
  'import.leftOut.figure': '« {column} » est un chiffre que l’export calcule (commandes, total dépensé, panier moyen) ; Relance le calcule d’après les commandes elles-mêmes.',
  'import.leftOut.activity': '« {column} » est la dernière visite de la personne sur la boutique : ni une commande, ni une information du contact.',
  'import.leftOut.customerType': '« {column} » dit si le client était nouveau ou déjà venu, ce que Relance voit d’après ses commandes ; ce n’est pas une sorte d’événement.',
  'import.leftOut.otherId': '« {column} » est l’identifiant d’une autre fiche (une entreprise, une affaire), jamais un nom.',
  'import.leftOut.hint': 'Pour importer quand même l’une de ces colonnes, choisissez-lui un champ dans le tableau ci-dessus.',
};
