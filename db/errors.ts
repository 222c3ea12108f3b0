// Problems opening a database, worded for the person who has to act on them.
export class DatabaseNewerError extends Error {
  override readonly name = 'DatabaseNewerError';
}

export class MigrationIntegrityError extends Error {
  override readonly name = 'MigrationIntegrityError';
}
