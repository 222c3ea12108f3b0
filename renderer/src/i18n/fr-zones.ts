import type { enZones } from './en-zones';

// Textes français du lieu d'un contact (région, code postal), répartis dans fr.ts.
export const frZones: Record<keyof typeof enZones, string> = {
  'field.region': 'État, province ou région',
  'field.postalCode': 'Code postal',
  'field.regionHint': 'Dans un pays à plusieurs fuseaux horaires (États-Unis, Canada, Australie, Brésil, Mexique…), l’un ou l’autre dit lequel : les messages partent alors pendant ses heures de travail.',
  'import.field.region': 'État, province ou région',
  'import.field.postalCode': 'Code postal',
};
