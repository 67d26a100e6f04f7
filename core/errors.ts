import type { ApiErrorBody, ImportErrorCode } from './api';
import { english, type Message, type MessageKey, type MessageParams, message } from './messages';

/**
 * A failure the reader can act on. It carries what to say as a message (a key and its
 * parameters), which the interface words in the reader's language; `message` is its English.
 */
export class GlosaError extends Error {
  readonly reason: Message;

  constructor(
    readonly code: ApiErrorBody['code'],
    key: MessageKey,
    params: MessageParams = {},
  ) {
    const reason = message(key, params);
    super(english(reason));
    this.reason = reason;
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
  constructor(key: MessageKey, params: MessageParams = {}) {
    super('storage', key, params);
    this.name = 'StorageError';
  }
}

/** The error body of a failed call: its code, its English, and the message for the interface to word. */
export function errorBody(code: ApiErrorBody['code'], key: MessageKey, params: MessageParams = {}): ApiErrorBody {
  const reason = message(key, params);
  return { code, message: english(reason), reason };
}

/** The error a failed call's reply describes, for a caller that throws it on (the command line). */
export function errorFromBody(body: ApiErrorBody): GlosaError {
  const error = new GlosaError(body.code, body.reason?.key ?? 'requestFailed', body.reason?.params ?? {});
  if (!body.reason) error.message = body.message;
  return error;
}

/** What to say of any failure: its own message where it has one, else the engine's or system's words. */
export function reasonOf(error: unknown, fallback: MessageKey = 'engineFailed'): Message {
  if (error instanceof GlosaError) return error.reason;
  return message(fallback, { detail: error instanceof Error ? error.message : String(error) });
}
