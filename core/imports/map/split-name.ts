// A full name into first and last name, for files that only have one name column. The last
// word is the last name, with its particles ("Zoë Van den Broeck", "Jean de La Fontaine");
// "DUPONT Jean", the French administrative order, has the upper-case words first.

const honorific = /^(m|mr|mrs|ms|mx|mme|mlle|dr|pr|prof|me|madame|monsieur|mademoiselle|sir|dame)\.?\s+/i;
const suffix = /,?\s+(jr|sr|ii|iii|iv|phd|esq)\.?$/i;
const particles = new Set(['de', 'du', 'des', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'ten', 'le', 'la', 'st', 'st.', "d'", 'dos', 'das', 'y']);

// Upper-case letters only, at least two of them: "DUPONT", "VAN", "D'ARC", not "J." or "É".
const isShouted = (word: string): boolean => /^[\p{Lu}'’-]+$/u.test(word) && (word.match(/\p{Lu}/gu)?.length ?? 0) >= 2;

export const splitFullName = (fullName: string): { firstName: string; lastName: string } => {
  let name = fullName.replace(/\s+/g, ' ').trim();
  while (honorific.test(name)) name = name.replace(honorific, '');
  name = name.replace(suffix, '');
  const words = name.split(' ').filter(Boolean);
  if (words.length <= 1) return { firstName: words[0] ?? '', lastName: '' };
  const shouted = words.findIndex((word) => !isShouted(word));
  if (shouted > 0 && isShouted(words[0]!)) {
    return { firstName: words.slice(shouted).join(' '), lastName: words.slice(0, shouted).join(' ') };
  }
  let start = words.length - 1;
  while (start > 1 && particles.has(words[start - 1]!.toLowerCase())) start -= 1;
  return { firstName: words.slice(0, start).join(' '), lastName: words.slice(start).join(' ') };
};
