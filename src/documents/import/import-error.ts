export type ImportErrorCode = 'import_unreadable' | 'import_too_large' | 'import_empty' | 'import_not_a_plan' | 'import_encrypted';

/**
 * The only error the importer lets out. `message` is Russian and shown to the user as is;
 * the server maps `code` to an HTTP status.
 */
/** What the header of a refused file said (a fragment with the гриф and title but no rows). */
export interface DocumentHeader {
  title: string;
  approval: { authority: string | null; date: string | null; number: string | null; appendix?: string | null } | null;
  period: { start: string; end: string } | null;
  elections: { name: string | null; votingDay: string }[];
  abbreviations: { short: string; full: string }[];
}

export class ImportError extends Error {
  override readonly name = 'ImportError';
  /** Set on `import_not_a_plan` when the file had a document header but no rows. */
  readonly header: DocumentHeader | undefined;

  constructor(
    public readonly code: ImportErrorCode,
    message: string,
    options?: { cause?: unknown; header?: DocumentHeader },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.header = options?.header;
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
