/**
 * The renderer's Content Security Policy: its own scripts and styles only, no inline
 * script, no eval, no remote anything. renderer/index.html carries the same policy in a
 * meta tag (a unit test keeps the two equal); browser mode and Electron also send it as a
 * header, which adds frame-ancestors.
 */
export const RENDERER_CSP_META = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

export const RENDERER_CSP = `${RENDERER_CSP_META}; frame-ancestors 'none'`;
