import type { ApiErrorBody, ImportErrorCode } from './api';

/** A failure the reader can act on. Its message is shown as it is. */
export class GlosaError extends Error {
  constructor(
    readonly code: ApiErrorBody['code'],
    message: string,
  ) {
    super(message);
    this.name = 'GlosaError';
  }
}

/** An import refused for a reason that belongs to the file, not to Glosa. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** The database cannot be opened or written; its path is in the message. */
export class StorageError extends GlosaError {
  constructor(message: string) {
    super('storage', message);
    this.name = 'StorageError';
  }
}
