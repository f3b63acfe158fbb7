import { existsSync } from 'node:fs';
import { CHROME_BUILD } from './support/chromium';

export default function setup(): void {
  if (!existsSync(`${CHROME_BUILD}/manifest.json`)) {
    throw new Error('The end-to-end tests drive the built extension: run `npm run build` first.');
  }
}
