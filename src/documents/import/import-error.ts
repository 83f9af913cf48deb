export type ImportErrorCode =
  | 'import_unreadable'
  | 'import_too_large'
  | 'import_empty'
  | 'import_not_a_plan'
  | 'import_encrypted';

/**
 * The only error the importer lets out. `message` is Russian and shown to the user as is;
 * the server maps `code` to an HTTP status.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    public readonly code: ImportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
