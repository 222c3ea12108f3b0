import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

export type PhoneVerdict = { ok: true; e164: string; national: string } | { ok: false; message: string; rule: 'phone.invalid' | 'phone.notInPlan' };

// E.164 with libphonenumber's full metadata, so "valid" means a real numbering plan range.
export const normalisePhone = (raw: string, country: string): PhoneVerdict => {
  const value = raw.trim();
  const phone = parsePhoneNumberFromString(value, { defaultCountry: country as CountryCode });
  if (!phone || !phone.isValid()) {
    // With a +country code the number itself is wrong; without one, the country may be.
    return value.startsWith('+')
      ? { ok: false, message: `"${value}" is not a valid phone number: no such number exists in that country's plan. Check the digits.`, rule: 'phone.notInPlan' }
      : { ok: false, message: `"${value}" is not a valid phone number for ${country}. Write it with its country code, for example +33 6 12 34 56 78.`, rule: 'phone.invalid' };
  }
  // The national significant number (612345678 for 06 12 34 56 78): what search matches when a
  // number is typed the local way. Formatting it with its trunk prefix cost a third of the time.
  return { ok: true, e164: phone.number, national: phone.nationalNumber };
};

export type PhoneCheck = (raw: string, country: string) => PhoneVerdict;

// One file repeats its numbers (a household, a shop, every order of one customer): 62,273
// distinct of 89,964 in the 100k-contact corpus. Each is parsed once (0.85 s -> 0.57 s there).
// By country, then by the text as written: no key to build for each number.
export const phoneChecker = (): PhoneCheck => {
  const byCountry = new Map<string, Map<string, PhoneVerdict>>();
  return (raw, country) => {
    let known = byCountry.get(country);
    if (known === undefined) {
      known = new Map();
      byCountry.set(country, known);
    }
    let verdict = known.get(raw);
    if (verdict === undefined) {
      verdict = normalisePhone(raw, country);
      known.set(raw, verdict);
    }
    return verdict;
  };
};
