/**
 * The one place a frame answers messages: one listener through the typed messaging helper, for every
 * message a content script answers ('page/*', the keyboard commands included), each routed to the
 * feature that owns it now. A message nobody owns is left unanswered (another frame answers it), and
 * so is one whose handler throws.
 */
import {
  handleMessages,
  UNANSWERED,
  type Handler,
  type Handlers,
  type PageHandlers,
  type PageMessageType,
} from '../../platform/messaging';

export interface MessageRouter {
  /** Makes the caller the owner of each message in `handlers` until `signal` aborts. */
  answer(signal: AbortSignal, handlers: PageHandlers): void;
  /** Lets go of every owner and stops listening. */
  close(): void;
}

const report = (what: string, error: unknown) => console.debug(`[AI Industry Lens] ${what}:`, error);

export function createRouter(listen: (handlers: Handlers) => () => void = handleMessages): MessageRouter {
  const owners: PageHandlers = {};
  let stop: (() => void) | null = null;

  const route =
    <T extends PageMessageType>(type: T): Handler<T> =>
    (message, sender) => {
      const handler = owners[type] as Handler<T> | undefined;
      if (!handler) return UNANSWERED;
      try {
        return handler(message, sender);
      } catch (error) {
        report(`${type} failed`, error);
        return UNANSWERED;
      }
    };
  // Every page message has its route here: a new one in the protocol is a compile error until routed.
  const routes: Required<PageHandlers> = {
    'page/mentions': route('page/mentions'),
    'page/reveal': route('page/reveal'),
    'page/frame-mentions': route('page/frame-mentions'),
    'page/show-annotation': route('page/show-annotation'),
    'page/toggle-highlights': route('page/toggle-highlights'),
    'page/open-card': route('page/open-card'),
    'page/annotate': route('page/annotate'),
  };

  return {
    answer(signal, handlers) {
      if (signal.aborted) return;
      Object.assign(owners, handlers);
      signal.addEventListener(
        'abort',
        () => {
          for (const type of Object.keys(handlers) as PageMessageType[]) {
            if (owners[type] === handlers[type]) delete owners[type];
          }
        },
        { once: true },
      );
      // One listener per frame, made when the first feature answers something.
      stop ??= listen(routes);
    },
    close() {
      for (const type of Object.keys(owners) as PageMessageType[]) delete owners[type];
      stop?.();
      stop = null;
    },
  };
}
