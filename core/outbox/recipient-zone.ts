import type { Settings } from '../../api';
import { recipientZones, type ZonePlan } from '../programs/zones/recipient-zones';
import type { ContactFile } from './outbox-facts';

// Where a contact's send window is read: their country's zone, or for a country of several
// zones their region's or postal code's, else the hours every mainland zone shares (see
// programs/zones/). The owner's zone where nothing is known.
export const recipientZone = (file: Pick<ContactFile, 'country' | 'region' | 'postalCode'>, settings: Pick<Settings, 'timeZone' | 'sendWindow'>, now: number): ZonePlan =>
  recipientZones(file, settings.timeZone, settings.sendWindow, now);
