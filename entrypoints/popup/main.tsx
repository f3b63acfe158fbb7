import { render } from 'preact';
import { browser } from 'wxt/browser';
import { bundledDataset } from '../../lib/dataset';
import { createBrowserPageBridge, followThemeSetting, parsePopupLocation, Popup } from '../../lib/popup';

const root = document.getElementById('app')!;
followThemeSetting(document.documentElement);

function show(): void {
  const location = parsePopupLocation(window.location.href);
  render(
    <Popup
      // A new address (#q=… or #entity=… set while open) starts a fresh popup.
      key={window.location.hash}
      dataset={bundledDataset}
      bridge={createBrowserPageBridge(location.tabId)}
      initial={location}
      raceHref="race.html"
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
      onUsable={() => performance.mark('lens-popup-usable')}
    />,
    root,
  );
}

show();
window.addEventListener('hashchange', show);
