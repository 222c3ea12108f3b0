// English texts of the import's clock: a file's time and zone columns, and what the
// preview says about them. Spread into en.ts; fr-import-clock.ts has the same keys.
export const enImportClock = {
  'import.field.time': 'Time (of the date)',
  'import.field.timeZone': 'Time zone',
  'rule.import.notATime': '“{value}” is not a time of day.',
  'rule.import.unknownTimeZone': '“{value}” is not a time zone we recognise: the times of this line were read in {zone}.',
} as const;
