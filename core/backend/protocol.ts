import { z } from 'zod';
import { ApiErrorBody, GlosaEvent } from '../api';

/**
 * Messages between the process that shows the interface (Electron's main process, or the
 * browser-mode server) and the backend process that hosts core/.
 */
export const BackendRequest = z.object({ id: z.number().int(), method: z.string(), input: z.unknown() });
export type BackendRequest = z.infer<typeof BackendRequest>;

export const BackendReply = z.object({
  id: z.number().int(),
  reply: z.union([z.object({ ok: z.literal(true), result: z.unknown() }), z.object({ ok: z.literal(false), error: ApiErrorBody })]),
});
export type BackendReply = z.infer<typeof BackendReply>;

/** An event the backend pushes without being asked (translation and download progress). */
export const BackendEvent = z.object({ event: GlosaEvent });
export type BackendEvent = z.infer<typeof BackendEvent>;
