import type { ImportField } from '../../types';
import { headerWords } from '../normalize-header';

// The generic preset's guess for a header, by synonyms in English and French. Rules run in
// order and the first that matches wins, because words combine: "Email consent" is consent,
// "Date d'inscription" a creation date, "Dernier don le" an event date, "Business Phone" a phone.

const rules: [RegExp, ImportField][] = [
  // The zone of the row's times ("TimeZone": "PST", "Europe/Paris"); GMTOFF-style numbers stay out.
  [/^(time ?zone|tz|fuseau|fuseau horaire|zone horaire)$/, 'timeZone'],
  // Not ours to store: birthdays, aggregates, addresses' parts, technical columns.
  [/\b(birthday|birth|bday|naissance|anniversaire|cumul\w*|lifetime|total spen[dt]|total orders|total des dons|nombre|count|nb)\b/, 'ignore'],
  [/\b(fax|ip|latitude|longitude|gmtoff|dstoff|timezone|time zone|fuseau|campaign|campagne|civilite|salutation|gender|sexe|genre|title|titre|job|poste|fonction|department|service)\b/, 'ignore'],
  [/\bsms\b.*\b(marketing|consent\w*|blacklist\w*|opt\w*)\b|\b(marketing|consent\w*)\b.*\bsms\b/, 'ignore'],
  [/\b(e ?mail|phone|tel|telephone)\b.*\b(label|type)\b/, 'ignore'],
  // Before consent, which "consent basis" would otherwise be.
  [/\b(legal|lawful|consent|gdpr|rgpd) basis\b|\bbase (legale|juridique|rgpd)\b|^basis$/, 'legalBasis'],
  // Consent: opt-out columns, then consent dates, then yes/no columns.
  [/\b(unsub\w*|blacklist\w*|opt ?out|optout|desabonn\w*|desinscri\w*|do not (e ?mail|contact))\b/, 'consent'],
  [/\b(consent\w*|opt ?in|optin|confirm\w*)\b.*\b(date|time|at|le|on)\b|\b(date|time)\b.*\b(consent\w*|opt ?in|optin)\b/, 'consentDate'],
  [/\b(consent\w*|opt ?in|optin|accepts?( e ?mail)? marketing|newsletter|subscribed|subscriber|subscription|abonne\w*|rgpd|gdpr|marketing)\b/, 'consent'],
  [/\b(created|creation|cree|creee|inscription|inscrit|inscrite|signup|sign up|registered|registration|member since|membre depuis|added|ajoute|ajout)\b/, 'createdAt'],
  [/\b(customer since|client depuis|first (order|purchase)|premiere commande|premier achat)\b/, 'createdAt'],
  [/\b(e ?mail|courriel|mail|mel)\b/, 'email'],
  [/\b(phone|telephone|tel|mobile|portable|gsm|cell|cellulaire|sms|fixe|handy)\b/, 'phone'],
  [/^(id|customer id|client id|contact id|id client|id contact|numero client|no client|n client|record id|user id|member id|id adherent|numero adherent|donor id|id donateur|customer number|numero de client)$/, 'sourceId'],
  // Any other id names another record ("Company ID", "Associated Company IDs"): never a name.
  [/\bids?$|^ids? /, 'ignore'],
  [/\b(checkout|cart|panier|recovery|recuperation|abandon\w*)\b.*\b(url|link|lien)\b|^(url|link|lien)( (du|de|of))? (checkout|cart|panier)$/, 'event.link'],
  [/\b(url|link|lien|web|website|site|homepage)\b/, 'ignore'],
  [/\b(delivered|delivery date|date de livraison|livre le|livree le|fulfilled|shipped|expedie\w*)\b/, 'event.deliveredAt'],
  [/\b(date|le|on|at|time|heure|jour|day|when|quand|occurred\w*)\b/, 'event.date'],
  [/\b(status|statut|etat)\b/, 'event.status'],
  [/\b(kind|contact type|type de contact|type contact|profil|profile)\b/, 'kind'],
  [/\b(type|event type|nature)\b/, 'event.type'],
  [/\b(currency|devise|monnaie|ccy)\b/, 'event.currency'],
  [/\b(quantity|quantite|qty|qte)\b/, 'event.itemQuantity'],
  [/\b(item|product|produit|article) (name|nom|title|titre)\b|\b(nom|titre) (du|de l) (produit|article)\b/, 'event.itemName'],
  [/\b(items?|articles?|produits?|products?|line items|contenu|lignes?)\b/, 'event.items'],
  [/\b(amount|montant|total|prix|price|sum|somme|gross|brut|paid|paye|valeur|value|dons?|donation|gift)\b/, 'event.amount'],
  [/\b(orders?|commandes?|reference|ref|invoice|facture|transaction|receipt|recu|cart|panier)\b/, 'event.reference'],
  [/\b(company|societe|entreprise|organisation|organization|organisme|raison sociale|employer|employeur|business|structure|association|firm|compagnie)\b/, 'company'],
  [/\b(full ?name|nom complet|nom et prenom|nom prenom|prenom nom|prenom et nom|display name|nom d affichage|identite)\b/, 'fullName'],
  [/\b(first ?name|prenom|given ?name|forename|first)\b/, 'firstName'],
  [/\b(last ?name|surname|family ?name|nom de famille|nom|last)\b/, 'lastName'],
  [/\b(name|contact|client|customer|donateur|donatrice|donor)\b/, 'fullName'],
  [/\b(country|pays|nation|cc)\b/, 'country'],
  [/\b(zip|zip code|postcode|post code|postal code|code postal|cp|cep|codigo postal)\b/, 'postalCode'],
  [/\b(state|province|region|province code|departement|county|estado)\b/, 'region'],
  [/\b(language|langue|lang|locale|idioma|sprache)\b/, 'language'],
  [/\b(tags?|etiquettes?|labels?|groups?|groupes?|group membership|segments?|categories|category|categorie|listes?|lists?|mots cles|keywords)\b/, 'tags'],
  [/\b(notes?|commentaires?|comments?|remarques?|observations?|description|memo|message)\b/, 'notes'],
];

export const guessField = (header: string): ImportField => {
  const words = headerWords(header);
  if (!words) return 'ignore';
  for (const [pattern, field] of rules) if (pattern.test(words)) return field;
  return 'ignore';
};
