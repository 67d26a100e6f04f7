export function buildRenderer(): Promise<void>;
export function buildElectron(): Promise<void>;
export function buildCli(): Promise<void>;
export const ELECTRON_BUNDLE: Record<string, unknown>;
