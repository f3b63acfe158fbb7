/** The plugins the benchmark's in-page bundle (bench/lib/bundle.mjs) needs, as the extension's build has them. */
import { defineConfig } from 'vite';
import { matcherSnapshot } from '../../scripts/matcher-snapshot-plugin';

export default defineConfig({ plugins: [matcherSnapshot()] });
