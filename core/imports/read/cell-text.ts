// A workbook cell as the text a person sees in Excel, so the mapping reads it like a CSV cell.

// 1.5e-7 → "0.00000015", 3.3612345678e+10 → "33612345678": exponents expanded by moving the
// decimal point in the digit string, with no float arithmetic that could add noise.
const expandExponent = (text: string): string => {
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(text);
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  let result: string;
  if (point <= 0) result = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) result = digits + '0'.repeat(point - digits.length);
  else result = `${digits.slice(0, point)}.${digits.slice(point)}`;
  result = result.replace(/^0+(?=\d)/, '');
  if (result.includes('.')) result = result.replace(/\.?0+$/, '');
  return sign + result;
};

// Excel shows and keeps 15 significant digits; the 16th and 17th that the file may hold are
// binary noise (0.1+0.2 stored as 0.30000000000000004).
export const numberText = (value: number): string => {
  if (!Number.isFinite(value)) return String(value);
  return expandExponent(String(Number(value.toPrecision(15))));
};

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

// Excel dates are wall-clock values without a time zone; read-excel-file hands them over as
// UTC instants. A date alone is YYYY-MM-DD; with a time, ISO 8601 local time (no "Z": the zone
// is unknown, the mapping decides it). Rounded to the second: serial days carry float noise.
export const dateText = (value: Date): string => {
  const rounded = new Date(Math.round(value.getTime() / 1000) * 1000);
  const day = `${pad(rounded.getUTCFullYear(), 4)}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`;
  const hours = rounded.getUTCHours();
  const minutes = rounded.getUTCMinutes();
  const seconds = rounded.getUTCSeconds();
  const time = `${pad(hours)}:${pad(minutes)}:${pad(seconds)}`;
  // A time-only cell is a fraction of day 0, which Excel's calendar puts on 1899-12-30.
  if (day === '1899-12-30') return time;
  if (hours === 0 && minutes === 0 && seconds === 0) return day;
  return `${day}T${time}`;
};

export const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value);
  return String(value);
};
