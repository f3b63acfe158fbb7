/**
 * The one place a frame answers messages: one listener through the typed messaging helper, for every
 * message a content script answers ('page/*'), each routed to the feature that owns it now, and
 * 'page/command' routed by command. A message nobody owns is left unanswered (another frame answers
 * it), and so is one whose handler throws.
 */
import {
  handleMessages,
  UNANSWERED,
  type CommandHandler,
  type Handler,
  type Handlers,
  type PageCommand,
  type PageHandlers,
  type PageMessageType,
} from '../../platform/messaging';

/** What a feature answers: any page message but 'page/command', whose commands are owned one by one. */
export type FeatureHandlers = Omit<PageHandlers, 'page/command'>;

export interface MessageRouter {
  /** Makes the caller the owner of each message in `handlers` until `signal` aborts. */
  answer(signal: AbortSignal, handlers: FeatureHandlers): void;
  /** Makes the caller the owner of `name` until `signal` aborts. */
  command(name: PageCommand, signal: AbortSignal, handler: CommandHandler): void;
  /** Lets go of every owner and stops listening. */
  close(): void;
}

const report = (what: string, error: unknown) => console.debug(`[AI Industry Lens] ${what}:`, error);

function guarded<R>(what: string, run: () => R): R | typeof UNANSWERED {
  try {
    return run();
  } catch (error) {
    report(`${what} failed`, error);
    return UNANSWERED;
  }
}

export function createRouter(listen: (handlers: Handlers) => () => void = handleMessages): MessageRouter {
  const owners: FeatureHandlers = {};
  const commands = new Map<PageCommand, CommandHandler>();
  let stop: (() => void) | null = null;

  const route =
    <T extends Exclude<PageMessageType, 'page/command'>>(type: T): Handler<T> =>
    (message, sender) => {
      const handler = owners[type] as Handler<T> | undefined;
      return handler ? guarded(type, () => handler(message, sender)) : UNANSWERED;
    };
  // Every page message has its route here: a new one in the protocol is a compile error until routed.
  const routes: Required<PageHandlers> = {
    'page/mentions': route('page/mentions'),
    'page/reveal': route('page/reveal'),
    'page/frame-mentions': route('page/frame-mentions'),
    'page/show-annotation': route('page/show-annotation'),
    'page/command': ({ command }) => {
      const handler = commands.get(command);
      return handler ? guarded(command, handler) : UNANSWERED;
    },
  };
  // One listener per frame, made when the first feature answers something.
  const listening = () => void (stop ??= listen(routes));

  return {
    answer(signal, handlers) {
      if (signal.aborted) return;
      Object.assign(owners, handlers);
      signal.addEventListener(
        'abort',
        () => {
          for (const type of Object.keys(handlers) as (keyof FeatureHandlers)[]) {
            if (owners[type] === handlers[type]) delete owners[type];
          }
        },
        { once: true },
      );
      listening();
    },
    command(name, signal, handler) {
      if (signal.aborted) return;
      commands.set(name, handler);
      signal.addEventListener('abort', () => commands.get(name) === handler && commands.delete(name), { once: true });
      listening();
    },
    close() {
      for (const type of Object.keys(owners) as (keyof FeatureHandlers)[]) delete owners[type];
      commands.clear();
      stop?.();
      stop = null;
    },
  };
}
