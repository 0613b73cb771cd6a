/** Errors the database layer raises with a message a person can act on. */
export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError';
}

export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

/** The database was migrated by a newer version of Lộ Trình than this one. */
export class NewerSchemaError extends Error {
  override name = 'NewerSchemaError';
}

/** An applied migration's SQL no longer matches its recorded checksum. */
export class EditedMigrationError extends Error {
  override name = 'EditedMigrationError';
}

export class DataDirectoryInUseError extends Error {
  override name = 'DataDirectoryInUseError';
}

/** A write lost a race or targets a version that is no longer current. */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** Hides the password of a connection URL before it goes into a message or a log. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
