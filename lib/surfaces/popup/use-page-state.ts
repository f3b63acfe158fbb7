/** What the page behind the popup mentions, asked again while the popup is open (the page may still be scanning). */
import { useEffect, useState } from 'preact/hooks';
import type { PageBridge, PageState } from './page-bridge';

/** While the popup is open the page may still be scanning: ask again this often. */
export const PAGE_REFRESH_MS = 1500;
export const UNREACHABLE_RETRIES = 3;
export const UNREACHABLE_RETRY_MS = 600;

export function usePageState(bridge: PageBridge): PageState {
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let misses = 0;
    const load = async () => {
      const state = await bridge.load();
      if (stopped) return;
      setPage(state);
      if (state.status === 'ready') timer = setTimeout(load, PAGE_REFRESH_MS);
      // A page still loading has no content script yet: look again a few times before giving up.
      else if (state.status === 'unreachable' && (misses += 1) <= UNREACHABLE_RETRIES) {
        timer = setTimeout(load, UNREACHABLE_RETRY_MS);
      }
    };
    void load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [bridge]);
  return page;
}
