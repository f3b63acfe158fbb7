/**
 * Everything the extension keeps lives in `storage.sync` (settings) and `storage.local` (the person's
 * dataset, annotations, other surfaces' state): clearing both is a complete reset, including keys
 * that later versions add.
 */
import { browser } from 'wxt/browser';

export async function resetEverything(): Promise<void> {
  await Promise.all([browser.storage.sync.clear(), browser.storage.local.clear()]);
}
