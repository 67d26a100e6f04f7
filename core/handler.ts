import { type ApiErrorBody, type GlosaApi, api, isApiMethod } from './api';
import { GlosaError } from './errors';

export type ApiReply = { ok: true; result: unknown } | { ok: false; error: ApiErrorBody };

/**
 * The trusted side of every transport: finds the method, validates the untrusted input
 * with the contract's schema, runs it, and turns any failure into an error body a person
 * can read. Nothing from a stack trace crosses the boundary.
 */
export function createApiHandler(impl: GlosaApi, log: (error: unknown) => void = console.error) {
  return async function handle(method: string, input: unknown): Promise<ApiReply> {
    if (!isApiMethod(method)) {
      return { ok: false, error: { code: 'unknown_method', message: `There is no API call named "${method}".` } };
    }
    const parsed = api[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      return { ok: false, error: { code: 'invalid_input', message: `Invalid input for ${method}${where}: ${issue?.message ?? 'rejected'}` } };
    }
    try {
      const call = impl[method] as (input: unknown) => Promise<unknown>;
      return { ok: true, result: await call(parsed.data) };
    } catch (error) {
      if (error instanceof GlosaError) return { ok: false, error: { code: error.code, message: error.message } };
      log(error);
      return { ok: false, error: { code: 'internal', message: `Glosa failed to ${method}: ${error instanceof Error ? error.message : String(error)}` } };
    }
  };
}

export type ApiHandler = ReturnType<typeof createApiHandler>;
