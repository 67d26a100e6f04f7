import { describe, expect, it } from 'vitest';
import { BRIDGED_ERROR_MARK } from '../../core/contract';
import { ApiCallError, fromBridge } from '../../renderer/src/call-error';

describe("a failed call across Electron's context bridge", () => {
  it('is read back whole from the message, the only part the bridge keeps', () => {
    const body = { code: 'not_found', message: 'There is no article 9 in the library.', reason: { key: 'articleNotFound', params: { id: 9 } } };
    // Electron may put its own words before the message it was given.
    const read = fromBridge(new Error(`Error invoking remote method: ${BRIDGED_ERROR_MARK}${JSON.stringify(body)}`));
    expect(read).toBeInstanceOf(ApiCallError);
    expect(read).toMatchObject({ code: 'not_found', message: body.message, reason: body.reason });
  });

  it('leaves any other error as it is, and a mark with no body too', () => {
    const plain = new Error('boom');
    expect(fromBridge(plain)).toBe(plain);
    const broken = new Error(`${BRIDGED_ERROR_MARK}{not json`);
    expect(fromBridge(broken)).toBe(broken);
    expect(fromBridge('a string')).toBe('a string');
    const bare = fromBridge(new Error(`${BRIDGED_ERROR_MARK}${JSON.stringify({ code: 'internal', message: 'x' })}`)) as ApiCallError;
    expect(bare.reason).toBeNull();
  });
});
