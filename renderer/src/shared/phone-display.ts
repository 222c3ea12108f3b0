import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

// Stored as E.164 (+33612345678); shown the way people read it (+33 6 12 34 56 78).
export const formatPhone = (e164: string | null): string => {
  if (!e164) return '';
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
};
