// Countries with a single time zone: the recipient's zone is the country's.
export const SINGLE_ZONE: Readonly<Record<string, string>> = {
  FR: 'Europe/Paris', BE: 'Europe/Brussels', LU: 'Europe/Luxembourg', CH: 'Europe/Zurich', MC: 'Europe/Monaco',
  DE: 'Europe/Berlin', IT: 'Europe/Rome', ES: 'Europe/Madrid', NL: 'Europe/Amsterdam', AT: 'Europe/Vienna',
  GB: 'Europe/London', IE: 'Europe/Dublin', PL: 'Europe/Warsaw', SE: 'Europe/Stockholm', DK: 'Europe/Copenhagen',
  NO: 'Europe/Oslo', FI: 'Europe/Helsinki', GR: 'Europe/Athens', CZ: 'Europe/Prague', MA: 'Africa/Casablanca',
  DZ: 'Africa/Algiers', TN: 'Africa/Tunis', SN: 'Africa/Dakar', CI: 'Africa/Abidjan', JP: 'Asia/Tokyo', IN: 'Asia/Kolkata',
};
