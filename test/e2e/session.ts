// One browser session for the tests of an e2e file: Debian's Chromium with the built extension, the
// reader's auto-open off (tests open it with a real toolbar click), and a local server for the pages;
// both closed after the file's tests.
import { afterAll, beforeAll } from 'vitest';
import type { ServerResponse } from 'node:http';
import type { ReaderSettings } from '../../lib/settings.ts';
import { launchWithExtension, serve, startServer, storeSettings, type ExtensionBrowser } from '../../scripts/browser-harness.ts';

export interface ExtensionSession {
  browser: ExtensionBrowser;
  /** The server's address ("http://127.0.0.1:<port>"). */
  origin: string;
}

/** Start the session before the file's tests. `answer` serves the pages (by default, the harness's own pages). */
export function useExtensionSession(options: { answer?: (path: string, response: ServerResponse) => void; settings?: Partial<ReaderSettings> } = {}): ExtensionSession {
  const session = {} as ExtensionSession;
  let stopServer = () => {};
  beforeAll(async () => {
    const { server, origin } = options.answer ? await serve(options.answer) : await startServer();
    stopServer = () => server.close();
    session.origin = origin;
    session.browser = await launchWithExtension();
    await storeSettings(session.browser, { autoClean: false, ...options.settings });
  }, 60_000);
  afterAll(async () => {
    await session.browser?.close();
    stopServer();
  });
  return session;
}
