import type { enRights } from './en-rights';

// Textes français des droits des personnes (télécharger leurs données, effacer, le journal de
// confidentialité), mêmes clés que en-rights.ts.
export const frRights: Record<keyof typeof enRights, string> = {
  'rights.download': 'Télécharger ses données',
  'rights.downloaded': '{file} contient tout ce que Relance garde sur {name}.',

  'remove.choice': 'Que faire de la fiche de {name} ?',
  'remove.delete': 'Supprimer',
  'remove.deleteHint': 'La fiche, ses étiquettes, son historique et ses messages quittent Relance ; un import ultérieur peut la recréer.',
  'remove.erase': 'Effacer définitivement',
  'remove.eraseHint':
    'Tout ce que Relance garde sur cette personne disparaît pour de bon, historique des imports compris ; seule une empreinte (hash) de son adresse et de son numéro est conservée, pour qu’aucun import ne la fasse revenir.',
  'remove.eraseConfirm': 'J’ai compris : tout ce qui concerne {name} sera effacé, sans retour possible.',
  'remove.confirmDelete': 'Supprimer',
  'remove.confirmErase': 'Effacer définitivement',
  'remove.cancel': 'Garder',
  'erase.done': 'Les données de {name} ont été effacées. Seule une empreinte de son adresse et de son numéro est gardée, pour qu’aucun import ne la fasse revenir.',

  'import.counts.erasedSkipped.one': 'personne effacée, ignorée',
  'import.counts.erasedSkipped.other': 'personnes effacées, ignorées',
  'import.result.erasedSkipped.one': '{count} ligne d’une personne effacée ignorée.',
  'import.result.erasedSkipped.other': '{count} lignes de personnes effacées ignorées.',

  'audit.title': 'Journal de confidentialité',
  'audit.intro':
    'Ce qui a été fait des données des personnes et de votre messagerie : changements de base légale, désinscriptions, exclusions, effacements, exports et modifications de la messagerie. Les contacts n’y figurent que par leur identifiant, jamais par leur nom ni leur adresse.',
  'audit.empty': 'Rien n’a encore été enregistré.',
  'audit.loading': 'Chargement du journal de confidentialité…',
  'audit.time': 'Date',
  'audit.actionColumn': 'Action',
  'audit.originColumn': 'Origine',
  'audit.contact': 'Identifiant du contact',
  'audit.detail': 'Détail',
  'audit.count.one': 'Entrée : {shown} sur {count}',
  'audit.count.other': 'Entrées : {shown} sur {count}',
  'audit.more': 'Afficher les entrées plus anciennes',
  'audit.export': 'Télécharger en CSV',
  'audit.action.consent': 'Base légale modifiée',
  'audit.action.unsubscribe': 'Désinscription',
  'audit.action.suppress': 'Exclusion',
  'audit.action.erase': 'Effacement',
  'audit.action.export': 'Données exportées',
  'audit.action.mailbox': 'Messagerie modifiée',
  'audit.origin.ui': 'Interface',
  'audit.origin.cli': 'Ligne de commande',
  'audit.origin.import': 'Import',
  'audit.origin.mailbox': 'Lecture de la messagerie',
};
