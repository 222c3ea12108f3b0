import type { enImportFields } from './en-import-fields';

// Textes français de ce qu'un import nettoie dans une ligne selon les règles de la fiche contact,
// et d'une colonne laissée de côté parce qu'elle porte le même nom qu'une autre.
export const frImportFields: Record<keyof typeof enImportFields, string> = {
  'rule.import.controlCharacters': 'Des caractères de contrôle invisibles (sauts de ligne, NUL…) ont été retirés de « {value} ».',
  'rule.import.tooLong': 'Cette valeur fait {length} caractères et le champ en accepte {max} : elle a été coupée à {kept}.',
  'rule.import.noteLeftOut': 'Les notes de cette ligne atteignent déjà les {max} caractères que le champ accepte : celle-ci a été laissée de côté.',
  'rule.import.notAWebLink': '« {value} » n’est pas une adresse web commençant par https:// ou http:// : elle a été laissée de côté.',
  'rule.import.linkTooLong': 'Ce lien dépasse les {max} caractères qu’un lien peut faire : il a été laissé de côté.',
  'rule.import.tooManyTags': 'Cette ligne a plus de {max} étiquettes, le maximum pour un contact : les autres ont été laissées de côté.',
  'import.leftOut.duplicate': '« {column} » (colonne {position}) porte le même nom que la colonne {firstPosition}, lue comme « {field} » : cette seconde colonne est laissée de côté.',
};
