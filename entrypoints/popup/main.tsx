import { render } from 'preact';
import { t } from '../../lib/core/i18n';
import { browser } from 'wxt/browser';
import { openNote, searchEntityNotes, type EntityNote } from '../../lib/platform/annotations';
import { bundledDataset, type Dataset } from '../../lib/core/dataset';
import { sendToBackground } from '../../lib/platform/messaging';
import { SiteSwitch } from '../../lib/surfaces/options';
import { raceUrl } from '../../lib/core/routes';
import { followThemeSetting } from '../../lib/platform/settings';
import { watchActiveDataset } from '../../lib/platform/userdata';
import {
  createBrowserPageBridge,
  followAnnotatedPages,
  parsePopupLocation,
  Popup,
  type AnnotatedPages,
} from '../../lib/surfaces/popup';
// The popup page's own frame (its width, its body); the search box and results bring their own styles.
import '../../lib/surfaces/popup/popup.css';

// The tab and window title in the person's language (the page's <title> is only the fallback).
document.title = t('extName');
const root = document.getElementById('app')!;
let annotated: AnnotatedPages = new Map();
let notes = new Map<string, EntityNote[]>();
// The bundled dataset first (no wait); the person's own, if any, joins as soon as it is read.
let dataset: Dataset = bundledDataset;

function show(): void {
  const location = parsePopupLocation(window.location.href);
  render(
    <Popup
      // A new address (#q=… or #entity=… set while open) starts a fresh popup.
      key={window.location.hash}
      dataset={dataset}
      bridge={bridgeFor(location.tabId)}
      initial={location}
      raceHref={raceUrl()}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
      annotationsFor={(id) => annotated.get(id)}
      notes={{ forEntity: (id) => notes.get(id), search: (query) => searchEntityNotes(notes, query), open: openNote }}
      onUsable={() => performance.mark('lens-popup-usable')}
      pageTools={(url) => <SiteSwitch url={url} />}
    />,
    root,
  );
}

// One bridge per tab, so a re-render (annotations loaded) does not re-ask the page.
const bridges = new Map<number | undefined, ReturnType<typeof createBrowserPageBridge>>();
function bridgeFor(tabId: number | undefined) {
  let bridge = bridges.get(tabId);
  if (!bridge) bridges.set(tabId, (bridge = createBrowserPageBridge(tabId)));
  return bridge;
}

followThemeSetting(document.documentElement);
show();
window.addEventListener('hashchange', show);
watchActiveDataset((active) => {
  if (active === dataset) return;
  dataset = active;
  show();
});
followAnnotatedPages((pages, byEntity) => {
  annotated = pages;
  notes = byEntity;
  show();
});
