import { BRIDGED_ERROR_MARK } from '../../core/contract';
import { english, type Message, type MessageKey, message } from '../../core/messages';

/** A failed call: its code, the English, and what to say for the interface to word in its language. */
export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly reason: Message | null = null,
  ) {
    super(message);
  }

  static of(code: string, key: MessageKey, params: Message['params'] = {}): ApiCallError {
    const reason = message(key, params);
    return new ApiCallError(code, english(reason), reason);
  }
}

/** A failure thrown across Electron's context bridge, read back into the error the backend sent. */
export function fromBridge(error: unknown): unknown {
  const text = error instanceof Error ? error.message : '';
  const at = text.indexOf(BRIDGED_ERROR_MARK);
  if (at < 0) return error;
  try {
    const body = JSON.parse(text.slice(at + BRIDGED_ERROR_MARK.length)) as { code: string; message: string; reason?: Message };
    return new ApiCallError(body.code, body.message, body.reason ?? null);
  } catch {
    return error;
  }
}
