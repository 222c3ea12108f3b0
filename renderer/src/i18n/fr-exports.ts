import type { enExports } from './en-exports';

// Textes français de la fenêtre d'export (contacts et segments), mêmes clés que en-exports.ts.
export const frExports: Record<keyof typeof enExports, string> = {
  'exports.open': 'Exporter…',
  'exports.title.all': 'Exporter les contacts',
  'exports.title.selection': 'Exporter les contacts sélectionnés',
  'exports.title.segment': 'Exporter « {name} »',
  'exports.format': 'Format',
  'exports.format.csv': 'CSV (Excel, LibreOffice ; se réimporte dans Relance)',
  'exports.format.vcard': 'vCard 4.0 (carnets d’adresses)',
  'exports.format.meta': 'Audience Meta (en empreintes, pour les publicités Facebook et Instagram)',
  'exports.format.google': 'Audience Google (en empreintes, pour Customer Match)',
  'exports.delimiter': 'Séparateur',
  'exports.delimiter.semicolon': 'Point-virgule ; (Excel en français)',
  'exports.delimiter.comma': 'Virgule , (Excel en anglais, la plupart des outils)',
  'exports.counting': 'Décompte…',
  'exports.count.one': '{count} contact figurera dans le fichier.',
  'exports.count.other': '{count} contacts figureront dans le fichier.',
  'exports.audienceCount.one': '{count} personne figurera dans l’audience.',
  'exports.audienceCount.other': '{count} personnes figureront dans l’audience.',
  'exports.leftOut.one': '{count} personne est écartée : désinscrite, sur la liste d’exclusion ou sans consentement à la publicité.',
  'exports.leftOut.other': '{count} personnes sont écartées : désinscrites, sur la liste d’exclusion ou sans consentement à la publicité.',
  'exports.belowMinimum': 'Moins de 100 personnes : Meta et Google en demandent davantage pour reconnaître une audience, elle risque de ne pas servir.',
  'exports.explanation':
    'Ce qui quitte votre ordinateur : pour chaque personne qui a donné son consentement, son adresse e-mail, son numéro de téléphone, son prénom et son nom, son code postal et son pays, chacun transformé ici en empreinte SHA-256 avant l’écriture du fichier (Google reçoit le pays et le code postal tels quels). La plateforme compare ces empreintes à celles de ses utilisateurs pour choisir qui voit vos publicités. Une empreinte ne se relit pas, mais une adresse connue s’y reconnaît : le fichier reste une donnée personnelle ; ne l’envoyez qu’à votre propre compte publicitaire et supprimez-le ensuite. Les personnes désinscrites, en erreur, plaignantes, effacées ou sans consentement n’y figurent jamais.',
  'exports.run': 'Exporter',
  'exports.cancel': 'Annuler',
  'exports.running': 'Export en cours… {done} sur {total}',
  'exports.done.one': '{count} contact exporté dans {file}.',
  'exports.done.other': '{count} contacts exportés dans {file}.',
  'exports.error': 'Le fichier n’a pas pu être créé : {message}',
};
