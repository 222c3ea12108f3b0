// Lower case, no accents, straight apostrophes, single spaces: "Désabonnez-moi" = "desabonnez-moi".
const fold = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ').toLowerCase().trim();

// Explicit requests, each unambiguous on its own wherever it stands in what they wrote.
const EXPLICIT = new RegExp(
  [
    // English
    String.raw`unsubscrib(e|ed|ing)`, String.raw`un-subscribe`, String.raw`opt(ing)?[ -]?out`,
    String.raw`remove (me|my (e-?mail|email|address|details|name|contact))`, String.raw`take me off`, String.raw`delete my (e-?mail|email|address|data|details)`,
    String.raw`no more (e-?mails?|emails?|mails?|messages?|newsletters?|offers?|texts?)`,
    // "don't email me" ends the sentence: "if you don't email me the invoice" is no request.
    String.raw`(don'?t|do not|dont|never) (e-?mail|email|contact|write( to)?|message|mail|text|spam|call) me( again| anymore| any more| ever| please)?(?= ?([.!,;]|$))`,
    String.raw`(don'?t|do not|dont|never) send me (any|anything|more|e-?mails?|emails?|messages?|newsletters?)`,
    String.raw`stop (e-?mailing|emailing|mailing|sending|contacting|writing|messaging|texting|spamming)`,
    String.raw`stop (these|the|your|all|all the|all these) (e-?mails?|emails?|mails?|messages?|newsletters?|texts?)`,
    // French
    String.raw`desabonn(er|ez|e|ement)`, String.raw`desinscri(re|vez|s|ption|t)`, String.raw`ne plus (me )?(recevoir|contacter|ecrire|envoyer|solliciter)`,
    String.raw`ne (m'|me )?(ecrivez|envoyez|contactez|sollicitez|relancez) plus`, String.raw`ne (voulons|veux|souhaite|souhaitons|desire) plus (rien )?(recevoir|etre contacte)`,
    String.raw`arretez? (de |d')?(m'|me |nous )(envoyer|ecrire|contacter|spammer|solliciter|relancer|harceler)`,
    String.raw`arretez (vos|les|ces) (mails?|e-?mails?|messages?|envois|courriels|relances|newsletters?|sms)`,
    String.raw`retirez(-| )?(moi|mon adresse|mon e-?mail|mes coordonnees)`, String.raw`supprimez(-| )?(moi|mon adresse|mon e-?mail|mon mail|mes coordonnees|mes donnees)`,
    String.raw`rayez(-| )?moi`, String.raw`plus (de|d'aucun) (mails?|e-?mails?|messages?|courriels?|sollicitations?) (svp|s'il vous plait|merci)`,
    String.raw`stop (aux|a vos|les) (mails?|e-?mails?|messages?|envois|courriels|relances)`,
  ].map((p) => String.raw`\b(${p})\b`).join('|'),
);
// A request is void when it is denied just before: "I can't stop sending…", "je ne veux pas me désabonner".
const NEGATED_BEFORE = /(\b(not|no|never|nor|pas|jamais|sans)|n't)( [\w'-]+){0,3} ?$/;

// Words a stop-only message is made of, with greetings and politeness around it.
const STOP_WORDS = new Set(['stop', 'arret', 'arretez', 'arrete', 'unsubscribe', 'desabonner', 'desinscrire', 'desinscription']);
const FILLER = new Set([
  'please', 'pls', 'plz', 'thanks', 'thank', 'you', 'now', 'it', 'all', 'me', 'moi', 'svp', 'stp', 's\'il', 'vous', 'plait', 'merci',
  'hello', 'hi', 'bonjour', 'bonsoir', 'maintenant', 'tout', 'ca', 'immediately', 'immediatement', 'de', 'suite', 'the', 'emails',
  'mails', 'messages', 'sms', 'oui', 'yes', 'ok', 'just', 'simply', 'juste', 'et', 'and',
]);

// A message whose first line is only "STOP" (or "Stop merci", "unsubscribe please") asks to stop.
const isStopOnly = (line: string): boolean => {
  const words = line.split(/[^a-z']+/).filter((w) => w !== '');
  return words.some((w) => STOP_WORDS.has(w)) && words.every((w) => STOP_WORDS.has(w) || FILLER.has(w));
};

const hasExplicitRequest = (text: string): boolean => {
  for (const m of text.matchAll(new RegExp(EXPLICIT.source, 'g'))) {
    if (!NEGATED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  }
  return false;
};

const REPLY_PREFIX = /^((re|fwd?|tr|aw|wg|rv|sv|vs|r|i)\s*(\[\d+\])?\s*:\s*)+/i;

// Rule: an explicit phrase ("unsubscribe", "remove me", "désabonnez-moi", "ne plus recevoir", …)
// not negated just before, in the new text or subject; or a first line, first sentence or subject
// made only of a stop word and politeness ("STOP", "Stop merci"). A bare "stop" inside a sentence never counts.
export const asksToStop = (newText: string, subject: string): boolean => {
  const text = fold(newText).slice(0, 2000);
  const firstLine = fold(newText.split('\n').find((l) => l.trim() !== '') ?? '');
  const firstSentence = firstLine.split(/[.!?]/)[0] ?? '';
  const topic = fold(subject.replace(REPLY_PREFIX, ''));
  return isStopOnly(firstLine) || isStopOnly(firstSentence) || isStopOnly(topic) || hasExplicitRequest(text) || hasExplicitRequest(topic);
};

// core/sending/claim.ts: randomBytes(12).toString('hex'), 24 lower-case hex digits.
const TOKEN = String.raw`([0-9a-f]{24})(?![0-9a-z])`;
const IN_SUBJECT = new RegExp(String.raw`^\s*(?:(?:re|fwd?|tr|aw|wg|rv|sv|vs)\s*:\s*)*unsubscribe(?:\s|%20|\+|:|-)+${TOKEN}`, 'i');
// In the body, "unsubscribe TOKEN" on a line the person's client wrote, not inside a quote or a link.
const IN_BODY = new RegExp(String.raw`(?<![=/?&%\w])unsubscribe(?:\s|%20|:|-)+${TOKEN}`, 'i');

// The token of an unsubscribe request sent through our List-Unsubscribe mailto, or null.
export const unsubscribeTokenIn = (subject: string, text: string): string | null => {
  const inSubject = IN_SUBJECT.exec(subject.replace(/\s+/g, ' '));
  if (inSubject?.[1]) return inSubject[1].toLowerCase();
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*>/.test(line)) continue;
    const inBody = IN_BODY.exec(line);
    if (inBody?.[1]) return inBody[1].toLowerCase();
  }
  return null;
};
