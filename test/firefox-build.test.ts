// The Firefox build (MV2): it builds, its manifest carries the Firefox parts, and web-ext lint finds no
// error in it (its warnings are innerHTML inside Preact, DOMPurify and Readability).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

describe('Firefox build', () => {
  // the production build, as `npm run build:firefox` makes it (Vitest runs with NODE_ENV=test, which a
  // child would otherwise inherit and build development JSX with this machine's paths in it)
  const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });

  it('builds with the browser action, the gecko id and host permissions', () => {
    expect(build.status).toBe(0);
    const manifest = JSON.parse(readFileSync('.output/firefox-mv2/manifest.json', 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.browser_action).toBeDefined();
    expect(manifest.browser_specific_settings.gecko.id).toBe('crypto-reader@example.org');
    expect(manifest.permissions).toEqual(expect.arrayContaining(['downloads', 'contextMenus', 'scripting', 'http://*/*', 'https://*/*']));
    expect(manifest.commands._execute_browser_action.suggested_key.default).toBe('Alt+Shift+R');
    expect(readFileSync('.output/firefox-mv2/content-scripts/reader.js', 'utf8')).not.toContain(process.cwd());
  });

  it('passes web-ext lint with 0 errors', () => {
    const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(lint.stdout);
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
