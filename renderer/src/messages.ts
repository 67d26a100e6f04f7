import type { TFunction } from 'i18next';
import { type Message, message } from '../../core/messages';
import { ApiCallError } from './call-error';

/** A message from the back end, in the interface language; a parameter that is a message is worded first. */
export function wordMessage(t: TFunction, m: Message): string {
  const params = Object.fromEntries(Object.entries(m.params).map(([name, value]) => [name, typeof value === 'object' ? wordMessage(t, value) : value]));
  return t(`messages.${m.key}`, params);
}

/** What a failed call says: the back end's reason, else the failure as it came. */
export function asMessage(error: unknown): Message {
  if (error instanceof ApiCallError && error.reason) return error.reason;
  return message('somethingWrong', { detail: error instanceof Error ? error.message : String(error) });
}

/** A failed call, told to the reader in their language. */
export function describeError(t: TFunction, error: unknown): string {
  return wordMessage(t, asMessage(error));
}
