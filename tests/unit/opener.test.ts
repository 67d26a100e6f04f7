import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeOpenerPage } from '../../core/server/opener';

describe('opening the browser in browser mode', () => {
  it('hands the browser a private page that redirects to the address, so the token is on no command line', () => {
    const url = 'http://127.0.0.1:4312/?token=0123456789abcdef&x=<y>';
    const page = writeOpenerPage(url);
    try {
      expect(page.fileUrl).not.toContain('0123456789abcdef');
      const file = fileURLToPath(page.fileUrl);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(fileURLToPath(new URL('.', page.fileUrl))).mode & 0o777).toBe(0o700);
      const html = fs.readFileSync(file, 'utf8');
      expect(html).toContain('content="0;url=http://127.0.0.1:4312/?token=0123456789abcdef&amp;x=&lt;y&gt;"');
    } finally {
      page.remove();
    }
    expect(fs.existsSync(fileURLToPath(page.fileUrl))).toBe(false);
  });
});
