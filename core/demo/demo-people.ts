import type { ContactFields } from '../contacts/normalise-contact';

const FR_FIRST = ['Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Jeanne', 'Louise', 'Hélène', 'Élodie', 'Sophie', 'Lucas', 'Hugo', 'Louis', 'Jules', 'Gabriel', 'Théo', 'Mathéo', 'Raphaël', 'Étienne', 'François'];
const FR_LAST = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Faure', 'Mercier', 'Blanc', 'Guérin', 'Müller', 'Nguyen'];
const EN_FIRST = ['Olivia', 'Amelia', 'Isla', 'Ava', 'Emily', 'Grace', 'Sophie', 'Charlotte', 'Oliver', 'George', 'Harry', 'Noah', 'Jack', 'Leo', 'Arthur', 'Oscar', 'James', 'William', 'Mary-Kate', 'Seán'];
const EN_LAST = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', "O'Brien", 'Clarke', 'Patel'];
const FR_COMPANIES = ['', '', '', 'Boulangerie du Marché', 'Atelier Lumière', 'Les Jardins de Provence', 'Cabinet Moreau', 'SARL Dubois & Fils', 'Association Les Amis du Livre'];
const EN_COMPANIES = ['', '', '', 'Harbour Coffee Co.', 'Greenleaf Studio', 'Northwind Traders', 'Bright Path Charity', 'Oak & Ivy Interiors'];
const FR_TAGS = ['fidèle', 'newsletter', 'salon 2025', 'VIP', 'à relancer', 'bénévole'];
const EN_TAGS = ['loyal', 'newsletter', 'trade show', 'VIP', 'follow up', 'volunteer'];
const DOMAINS = ['example.com', 'example.org', 'example.net', 'mail.example', 'courriel.example'];
const KINDS = ['customer', 'customer', 'customer', 'donor', 'donor', 'prospect'] as const;

// Mulberry32: a tiny seeded generator so the demo database is the same on every machine.
export const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const asciiLocal = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

// Numbers from ranges reserved for fiction: ARCEP 01 99 00, Ofcom 020 7946 0xxx, NANP 555-01xx.
const phoneFor = (isFrench: boolean, country: string, n: number): string => {
  const tail = String(n % 100).padStart(2, '0');
  if (isFrench) return `01 99 00 ${String(n % 97).padStart(2, '0')} ${tail}`;
  if (country === 'GB') return `020 7946 0${String(n % 1000).padStart(3, '0')}`;
  return `(212) 555-01${tail}`;
};

export const demoPeople = (count = 300, seed = 20261125): ContactFields[] => {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const people: ContactFields[] = [];
  for (let i = 0; i < count; i += 1) {
    const isFrench = random() < 0.6;
    const firstName = pick(isFrench ? FR_FIRST : EN_FIRST);
    const lastName = pick(isFrench ? FR_LAST : EN_LAST);
    const country = isFrench ? pick(['FR', 'FR', 'FR', 'BE', 'CH']) : pick(['GB', 'GB', 'US', 'CA']);
    const tags = random() < 0.5 ? [pick(isFrench ? FR_TAGS : EN_TAGS)] : [];
    people.push({
      firstName,
      lastName,
      email: random() < 0.93 ? `${asciiLocal(firstName)}.${asciiLocal(lastName)}${i}@${pick(DOMAINS)}` : null,
      phone: (random() < 0.6 || i % 14 === 0) && !['BE', 'CH'].includes(country) ? phoneFor(isFrench, country, i) : null,
      company: pick(isFrench ? FR_COMPANIES : EN_COMPANIES),
      kind: pick(KINDS),
      tags,
      language: isFrench ? 'fr' : 'en',
      country,
      notes: random() < 0.2 ? (isFrench ? 'Rencontré au salon, intéressé par la gamme bio.' : 'Met at the fair, asked about gift cards.') : '',
      consent: random() < 0.7 ? { basis: pick(['consent', 'soft-opt-in'] as const), source: isFrench ? 'formulaire du site' : 'website form', at: new Date(Date.UTC(2025, Math.floor(random() * 12), 1 + Math.floor(random() * 28))).toISOString() } : null,
    });
  }
  return people;
};
