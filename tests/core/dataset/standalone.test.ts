/**
 * A clone on its own, with no seed articles beside it, passes every dataset check: the dataset tests
 * run again here in a child vitest whose seeds folder does not exist.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

test('the dataset checks pass with no seed articles present', { timeout: 180_000 }, () => {
  const empty = mkdtempSync(path.join(tmpdir(), 'lens-no-seeds-'));
  const missing = path.join(empty, 'shared', 'seeds');
  try {
    expect(existsSync(missing)).toBe(false);
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', 'tests/core/dataset', '--exclude', 'tests/core/dataset/standalone.test.ts', '--reporter', 'verbose', '--environment', 'node'],
      { cwd: ROOT, env: { ...process.env, LENS_SEEDS_DIR: missing, CI: '1', NO_COLOR: '1', FORCE_COLOR: '0' }, encoding: 'utf8' },
    );
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status, output).toBe(0);
    // The branch for a clone without the articles is the one that ran, and nothing was skipped.
    expect(output).toMatch(/Test Files\s+\d+ passed \(\d+\)/);
    expect(output).toContain(`are in the format scripts/seed-hashes.ts makes (no articles at ${missing}`);
    expect(output).toMatch(/every quoted passage of two or more words is verbatim in some seed article/);
    expect(output).not.toMatch(/skipped|todo/i);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
