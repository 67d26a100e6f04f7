/**
 * Links leave the app only for the web: http and https, written as a whole URL.
 * Anything else (file:, javascript:, custom schemes, relative paths) is refused.
 */
export function isSafeExternalUrl(candidate: unknown): candidate is string {
  if (typeof candidate !== 'string' || candidate.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (!url.hostname) return false;
  // Credentials in a link are a classic spoofing trick ("https://bank.com@evil.example").
  if (url.username || url.password) return false;
  return true;
}
