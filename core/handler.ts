import { type ApiErrorBody, type GlosaApi, api, isApiMethod } from './api';
import { errorBody, GlosaError } from './errors';
import type { Message } from './messages';

const failure = (code: ApiErrorBody['code'], reason: Message): ApiReply => ({ ok: false, error: errorBody(code, reason.key, reason.params) });

export type ApiReply = { ok: true; result: unknown } | { ok: false; error: ApiErrorBody };

/**
 * The trusted side of every transport: finds the method, validates the untrusted input
 * with the contract's schema, runs it, and turns any failure into an error body a person
 * can read. Nothing from a stack trace crosses the boundary.
 */
export function createApiHandler(impl: GlosaApi, log: (error: unknown) => void = console.error) {
  return async function handle(method: string, input: unknown): Promise<ApiReply> {
    if (!isApiMethod(method)) {
      return { ok: false, error: errorBody('unknown_method', 'unknownCall', { method }) };
    }
    const parsed = api[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      return { ok: false, error: errorBody('invalid_input', 'invalidInput', { method, where, detail: issue?.message ?? 'rejected' }) };
    }
    try {
      const call = impl[method] as (input: unknown) => Promise<unknown>;
      return { ok: true, result: await call(parsed.data) };
    } catch (error) {
      if (error instanceof GlosaError) return failure(error.code, error.reason);
      log(error);
      return { ok: false, error: errorBody('internal', 'callFailed', { method, detail: error instanceof Error ? error.message : String(error) }) };
    }
  };
}

export type ApiHandler = ReturnType<typeof createApiHandler>;
