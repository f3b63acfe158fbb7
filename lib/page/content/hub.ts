/**
 * The content script's feature hub, in the manner of refined-github's `features.add`: every feature
 * registers with a name and an `init(signal, hub)`, and cleans up through its AbortSignal (aborted when
 * the feature is stopped, restarted or the content script is invalidated). The hub is the one place a
 * frame reads and follows what its features share:
 *
 * - the settings as this frame sees them (`PageSettings`: the settings, whether the extension is active
 *   on this page, the site, the highlight style, the theme): one subscription to the stored settings per
 *   frame, made when a feature first asks, however many features read it;
 * - the dataset in use (the bundled one merged with the person's own): one read, one subscription;
 * - messages (router.ts): one listener through the typed messaging helper, each page message (the
 *   keyboard commands are messages of their own) routed to the feature that owns it.
 *
 * A feature that throws stays alone in its failure; nothing throws into the page.
 */
import { bundledDataset, type Dataset } from '../../core/dataset';
import type { PageHandlers } from '../../platform/messaging';
import { DEFAULT_SETTINGS, pageSettings, pageSiteUrl, watchSettings, type PageSettings, type Settings } from '../../platform/settings';
import { createFeed, storedDataset, type DatasetSource } from './feeds';
import { createRouter } from './router';

/** What the hub gives each feature. */
export interface Hub {
  /** The settings as this frame sees them (defaults until the first read answers). */
  readonly view: PageSettings;
  /** Calls `listener` with the view after the first read and after every change, until `signal` aborts. */
  onSettings(signal: AbortSignal, listener: (view: PageSettings) => void): void;
  /** The dataset in use. */
  readonly dataset: Dataset;
  /** Calls `listener` with each new dataset (the person added, replaced or removed theirs) until `signal` aborts. */
  onDataset(signal: AbortSignal, listener: (dataset: Dataset) => void): void;
  /**
   * Makes the feature the owner of these messages (commands included) until `signal` aborts. A
   * handler's answer goes back to the sender; UNANSWERED leaves the answer to another frame.
   */
  answer(signal: AbortSignal, handlers: PageHandlers): void;
}

export interface Feature {
  name: string;
  init(signal: AbortSignal, hub: Hub): void | Promise<void>;
}

export interface HubOptions {
  /** Where settings come from (tests pass their own); the stored settings by default. */
  watch?: (onChange: (settings: Settings) => void) => () => void;
  /** The page's address, for the per-site switch. */
  url?: () => string;
  /** Where the person's dataset comes from; the stored one by default. */
  datasets?: DatasetSource;
}

export interface FeatureHub extends Hub {
  /** Reads the dataset in use and starts following it; call before adding the features that use it. */
  loadDataset(): Promise<void>;
  /** Registers and starts a feature; a feature of the same name is stopped first. */
  add(feature: Feature): void;
  /** Stops a feature (aborts its signal). */
  stop(name: string): void;
  /** Names of the running features. */
  readonly running: string[];
  /** Stops every feature and lets go of settings, the dataset and messages. */
  dispose(): void;
}

const report = (what: string, error: unknown) => console.debug(`[AI Industry Lens] ${what}:`, error);

/** The features by name, each with the controller that aborts its signal. */
function createRegistry(hub: Hub) {
  const running = new Map<string, AbortController>();
  const stop = (name: string) => {
    const abort = running.get(name);
    if (!abort) return;
    running.delete(name);
    try {
      abort.abort();
    } catch (error) {
      report(`${name} did not stop cleanly`, error);
    }
  };
  const add = (feature: Feature) => {
    stop(feature.name);
    const abort = new AbortController();
    running.set(feature.name, abort);
    try {
      const started = feature.init(abort.signal, hub);
      if (started instanceof Promise) started.catch((error) => report(feature.name, error));
    } catch (error) {
      report(`${feature.name} did not start`, error);
    }
  };
  return { add, stop, names: () => [...running.keys()] };
}

export function createHub(options: HubOptions = {}): FeatureHub {
  const url = options.url ?? (() => pageSiteUrl());
  const datasets = options.datasets ?? storedDataset;
  const settings = createFeed(pageSettings(DEFAULT_SETTINGS, url()), 'settings');
  const dataset = createFeed<Dataset>(bundledDataset, 'dataset');
  const router = createRouter();
  const unsubscribe: (() => void)[] = [];
  let watchingSettings = false;
  let disposed = false;

  const hub: FeatureHub = {
    get view() {
      return settings.value;
    },
    onSettings(signal, listener) {
      settings.listen(signal, listener, true);
      if (watchingSettings || disposed) return;
      // One subscription per frame, made when the first feature asks for it.
      watchingSettings = true;
      unsubscribe.push((options.watch ?? watchSettings)((next) => settings.set(pageSettings(next, url()))));
    },
    get dataset() {
      return dataset.value;
    },
    onDataset: (signal, listener) => dataset.listen(signal, listener, false),
    answer: (signal, handlers) => router.answer(signal, handlers),
    async loadDataset() {
      const first = await datasets.read();
      if (disposed) return;
      dataset.set(first);
      unsubscribe.push(datasets.watch((next) => next !== dataset.value && dataset.set(next)));
    },
    add: (feature) => features.add(feature),
    stop: (name) => features.stop(name),
    get running() {
      return features.names();
    },
    dispose() {
      disposed = true;
      for (const name of features.names().reverse()) features.stop(name);
      for (const stop of unsubscribe.splice(0)) stop();
      settings.clear();
      dataset.clear();
      router.close();
    },
  };
  const features = createRegistry(hub);
  return hub;
}
