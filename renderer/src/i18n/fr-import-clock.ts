import type { enImportClock } from './en-import-clock';

// Textes français de l'horloge de l'import, mêmes clés que en-import-clock.ts.
export const frImportClock: Record<keyof typeof enImportClock, string> = {
  'import.field.time': 'Heure (de la date)',
  'import.field.timeZone': 'Fuseau horaire',
  'rule.import.notATime': '« {value} » n’est pas une heure.',
  'rule.import.unknownTimeZone': '« {value} » n’est pas un fuseau horaire connu : les heures de cette ligne ont été lues dans le fuseau {zone}.',
};
