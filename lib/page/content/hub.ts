/**
 * The content script's feature hub, in the manner of refined-github's `features.add`: every feature
 * registers with a name and an `init(signal, hub)`, and cleans up through its AbortSignal (aborted when
 * the feature is stopped, restarted or the content script is invalidated). The hub holds what features
 * share in a frame:
 *
 * - one live settings view (the settings, whether the extension is active on this page, the highlight
 *   style, the theme): one subscription to the stored settings per frame, made when a feature first
 *   asks, however many features read it;
 * - command routing: one `runtime.onMessage` listener for 'page/command', handing each command to
 *   the feature that owns it (a command nobody owns is left to other listeners).
 *
 * A feature that throws stays alone in its failure; nothing throws into the page.
 */
import { browser } from 'wxt/browser';
import { isMessage, type Message, type Response } from '../../platform/messaging';
import { DEFAULT_SETTINGS, isActiveOn, pageSiteUrl, watchSettings, type HighlightStyle, type Settings, type Theme } from '../../platform/settings';

export type PageCommand = Message<'page/command'>['command'];
type CommandAnswer = Response<'page/command'> | undefined;

/** The settings as this frame sees them. */
export interface SettingsView {
  readonly settings: Settings;
  /** Not paused and not switched off for this page's site. */
  readonly active: boolean;
  readonly style: HighlightStyle;
  readonly theme: Theme;
}

export interface Hub {
  /** The live settings view (defaults until the first read answers). */
  readonly view: SettingsView;
  /** Calls `listener` with the view after the first read and after every change, until `signal` aborts. */
  onSettings(signal: AbortSignal, listener: (view: SettingsView) => void): void;
  /**
   * Makes the calling feature the owner of `command` until `signal` aborts. Its handler's answer
   * goes back to the sender; `undefined` leaves the answer to another frame.
   */
  command(name: PageCommand, signal: AbortSignal, handler: () => CommandAnswer | Promise<CommandAnswer>): void;
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
}

export interface FeatureHub extends Hub {
  /** Registers and starts a feature; a feature of the same name is stopped first. */
  add(feature: Feature): void;
  /** Stops a feature (aborts its signal). */
  stop(name: string): void;
  /** Names of the running features. */
  readonly running: string[];
  /** Stops every feature and lets go of settings and messages. */
  dispose(): void;
}

const report = (what: string, error: unknown) => console.debug(`[AI Industry Lens] ${what}:`, error);

export function createHub(options: HubOptions = {}): FeatureHub {
  const url = options.url ?? (() => pageSiteUrl());
  const makeView = (settings: Settings): SettingsView => ({
    settings,
    active: isActiveOn(settings, url()),
    style: settings.highlightStyle,
    theme: settings.theme,
  });
  let view = makeView(DEFAULT_SETTINGS);
  let read = false;
  const settingsListeners = new Set<(view: SettingsView) => void>();
  let unwatch: (() => void) | null = null;
  const commands = new Map<PageCommand, () => CommandAnswer | Promise<CommandAnswer>>();
  const running = new Map<string, AbortController>();
  let listening = false;

  const onMessage = (message: unknown): Promise<CommandAnswer> | undefined => {
    if (!isMessage(message) || message.type !== 'page/command') return undefined;
    const handler = commands.get((message as Message<'page/command'>).command);
    if (!handler) return undefined;
    try {
      const answer = handler();
      return answer === undefined ? undefined : Promise.resolve(answer);
    } catch (error) {
      report('command failed', error);
      return undefined;
    }
  };

  const hub: FeatureHub = {
    get view() {
      return view;
    },
    onSettings(signal, listener) {
      if (signal.aborted) return;
      settingsListeners.add(listener);
      signal.addEventListener('abort', () => settingsListeners.delete(listener), { once: true });
      if (read) listener(view);
      // One subscription per frame, made when the first feature asks for it.
      unwatch ??= (options.watch ?? watchSettings)((settings) => {
        view = makeView(settings);
        read = true;
        for (const each of [...settingsListeners]) {
          try {
            each(view);
          } catch (error) {
            report('settings listener failed', error);
          }
        }
      });
    },
    command(name, signal, handler) {
      if (signal.aborted) return;
      commands.set(name, handler);
      signal.addEventListener('abort', () => commands.get(name) === handler && commands.delete(name), { once: true });
      if (!listening) {
        listening = true;
        browser.runtime.onMessage.addListener(onMessage as never);
      }
    },
    add(feature) {
      hub.stop(feature.name);
      const abort = new AbortController();
      running.set(feature.name, abort);
      try {
        const started = feature.init(abort.signal, hub);
        if (started instanceof Promise) started.catch((error) => report(feature.name, error));
      } catch (error) {
        report(`${feature.name} did not start`, error);
      }
    },
    stop(name) {
      const abort = running.get(name);
      if (!abort) return;
      running.delete(name);
      try {
        abort.abort();
      } catch (error) {
        report(`${name} did not stop cleanly`, error);
      }
    },
    get running() {
      return [...running.keys()];
    },
    dispose() {
      for (const name of [...running.keys()].reverse()) hub.stop(name);
      unwatch?.();
      unwatch = null;
      settingsListeners.clear();
      commands.clear();
      if (listening) browser.runtime.onMessage.removeListener(onMessage as never);
      listening = false;
    },
  };
  return hub;
}
