// English texts of what an import cleans in a row by the contact form's rules (core/imports/map/
// field-rules.ts) and of a column left out for sharing its header; fr-import-fields.ts has the same keys.
export const enImportFields = {
  'rule.import.controlCharacters': 'Invisible control characters (line breaks, NUL…) were removed from “{value}”.',
  'rule.import.tooLong': 'This value has {length} characters and the field takes {max}: it was cut to {kept}.',
  'rule.import.noteLeftOut': 'The notes of this line already have the {max} characters the field takes: this one was left out.',
  'rule.import.notAWebLink': '“{value}” is not a web address starting with https:// or http://: it was left out.',
  'rule.import.linkTooLong': 'This link has more than the {max} characters a link takes: it was left out.',
  'rule.import.tooManyTags': 'This line has more than the {max} tags a contact takes: the others were left out.',
  'import.leftOut.duplicate': '“{column}” (column {position}) has the same name as column {firstPosition}, which is read as “{field}”: this second one is left out.',
} as const;
