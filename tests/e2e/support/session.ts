/**
 * The usual setup of an end-to-end file: the fixture server and Chromium with the built extension,
 * started before the file's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { startFixtureServer, type FixtureServer } from './server';

export interface ExtensionSession {
  /** Set once the file's beforeAll has run. */
  readonly browser: ExtensionBrowser;
  readonly server: FixtureServer;
}

/** Registers the beforeAll/afterAll; `extraPages` are served beside the fixtures (path -> HTML). */
export function useExtensionBrowser(extraPages: Record<string, string> = {}): ExtensionSession {
  let browser: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startFixtureServer(extraPages);
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`the ${what} is not started yet (use it inside a test or hook)`);
    return value;
  };
  return {
    get browser() {
      return started(browser, 'browser');
    },
    get server() {
      return started(server, 'fixture server');
    },
  };
}
