import type { enStorage } from './en-storage';

// Textes français des fichiers de données, mêmes clés que en-storage.ts.
export const frStorage: Record<keyof typeof enStorage, string> = {
  'storage.damaged.title': 'La base de données est endommagée',
  'storage.damaged.banner': 'Relance a trouvé des dommages dans sa base de données et a cessé d’y écrire, pour que rien de plus ne soit perdu. Restaurez la sauvegarde la plus récente ({backup}) : le fichier endommagé est conservé à côté.',
  'storage.damaged.noBackup': 'Relance a trouvé des dommages dans sa base de données et a cessé d’y écrire, pour que rien de plus ne soit perdu. Son dossier ne contient aucune sauvegarde : restaurez-en une conservée ailleurs depuis Réglages → Sauvegardes.',
  'storage.damaged.restore': 'Restaurer {backup}',
  'storage.damaged.restoring': 'Restauration…',
  'rule.storage.damaged': 'La base de données est endommagée : Relance a cessé d’y écrire pour que rien de plus ne soit perdu. Restaurez une sauvegarde depuis Réglages → Sauvegardes.',
  'rule.storage.diskFull': 'Le disque est plein : cette modification n’a pas été enregistrée. Libérez de la place sur le disque qui contient {folder}, puis réessayez.',
  'rule.storage.readOnly': 'Relance n’a pas le droit d’écrire dans {folder} : rien n’a été enregistré. Donnez-vous le droit d’écrire dans ce dossier, puis réessayez.',
  'rule.storage.emptyWithBackups': '{file} est vide alors que des sauvegardes existent : Relance n’a pas démarré sur une base vide. Restaurez la sauvegarde la plus récente ({backup}).',
};
