import type { enClock } from './en-clock';

// Textes français de l'horloge du propriétaire, répartis dans fr.ts.
export const frClock: Record<keyof typeof enClock, string> = {
  'clock.zoneNote': 'Heures affichées dans le fuseau {zone} ({offset}), celui choisi dans Messages → Entreprise et envoi.',
  'clock.bothZones': '{their} chez la personne, {yours} chez vous',
  'clock.reason.theirZone': 'dans le fuseau horaire de la personne ({zone})',
  'clock.reason.windowTheirs': '{window}, heure de la personne',
  'log.stalledSinceHint': 'La personne devient un prospect en suspens depuis le dernier échange indiqué ci-dessus, et l’échange s’ajoute à son historique.',
};
