/**
 * Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`), with nothing
 * attached to the page being measured.
 *
 * Why not Playwright here: a driver attaches to every page and enables its Runtime domain, and with
 * the inspector listening V8 collects source positions for whole scripts when a stack is captured.
 * For a content script of a few hundred kilobytes that is 10-15 ms per load that no person's browser
 * pays (measured: two V8.CollectSourcePositions of 5-8 ms during the content script's evaluation with
 * Playwright attached; none of that size in a startup trace of the same load with no client attached).
 * The page-cost benchmark therefore traces from the browser target, opens the page with
 * Target.createTarget, and talks to the extension's service worker (another process) for the count
 * of mentions; it attaches to the page only once the measured trace has ended.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * @param {{ executablePath: string, extension?: string | null, width?: number, height?: number }} options
 */
export async function launchBare({ executablePath, extension = null, width = 1200, height = 800 }) {
  const profile = mkdtempSync(join(tmpdir(), 'lens-cdp-'));
  const args = [
    '--remote-debugging-pipe',
    `--user-data-dir=${profile}`,
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--window-size=${width},${height}`,
    ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : ['--disable-extensions']),
    'about:blank',
  ];
  const proc = spawn(executablePath, args, { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const out = proc.stdio[3];
  const input = proc.stdio[4];
  let nextId = 0;
  const pending = new Map();
  const listeners = new Set();
  let chunks = [];
  input.on('data', (chunk) => {
    let start = 0;
    for (let zero = chunk.indexOf(0); zero !== -1; zero = chunk.indexOf(0, start)) {
      chunks.push(chunk.subarray(start, zero));
      const message = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      chunks = [];
      start = zero + 1;
      if (message.id !== undefined) {
        const waiter = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiter?.reject(new Error(`${waiter.method}: ${message.error.message}`));
        else waiter?.resolve(message.result);
      } else for (const listener of [...listeners]) listener(message);
    }
    if (start < chunk.length) chunks.push(chunk.subarray(start));
  });
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  // A browser that dies (or never starts) fails what waits on it instead of hanging the benchmark.
  const fail = (error) => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  proc.once('error', (error) => fail(new Error(`${executablePath} did not start: ${error.message}`)));
  proc.once('exit', (code, signal) => fail(new Error(`Chromium exited (${signal ?? code}) with commands unanswered`)));

  /** Sends a command (to a session when `sessionId` is given); resolves with its result. */
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return reject(new Error(`${method}: Chromium is gone`));
      const id = ++nextId;
      pending.set(id, { resolve, reject, method });
      out.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  /** Calls `listener` with every event; returns the function that stops it. */
  const on = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  /** The first event `test` accepts, within `ms`. */
  const waitForEvent = (test, ms = 30_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error('timed out waiting for a DevTools event'));
      }, ms);
      const stop = on((message) => {
        if (!test(message)) return;
        clearTimeout(timer);
        stop();
        resolve(message);
      });
    });

  await send('Target.setDiscoverTargets', { discover: true });
  return {
    send,
    on,
    waitForEvent,
    /** Targets as the browser lists them now. */
    async targets() {
      return (await send('Target.getTargets')).targetInfos;
    },
    /** Attaches to a target (never the measured page before its trace ends); resolves with the session id. */
    async attach(targetId) {
      return (await send('Target.attachToTarget', { targetId, flatten: true })).sessionId;
    },
    /** Evaluates `expression` in a session, awaiting a promise; resolves with its value. */
    async evaluate(sessionId, expression) {
      const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
    async close() {
      try {
        await Promise.race([send('Browser.close'), new Promise((resolve) => setTimeout(resolve, 3000))]);
      } catch {
        // Already gone.
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
      if (proc.exitCode === null) proc.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Records a browser-wide trace (every process) from the browser target; `stop()` resolves with its events. */
export async function startBrowserTrace(browser, categories) {
  const events = [];
  const stopListening = browser.on((message) => {
    if (message.method === 'Tracing.dataCollected' && !message.sessionId) events.push(...message.params.value);
  });
  await browser.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const done = browser.waitForEvent((m) => m.method === 'Tracing.tracingComplete' && !m.sessionId, 60_000);
      await browser.send('Tracing.end');
      await done;
      stopListening();
      return events;
    },
  };
}
