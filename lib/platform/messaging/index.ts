/**
 * Every message between the extension's contexts, typed in one place. A message is a request whose
 * `type` picks its payload and its response; `sendToTab`/`sendToBackground` and `handleMessages` are the
 * only ways to send and answer, so a typo in a type is a compile error, not a silent no-op.
 */
import { browser, type Browser } from 'wxt/browser';
import type { EntityType } from '../../core/dataset/types';
import type { WriteOutcome, WriteRequest } from '../annotations/writer';
import type { EntityNote } from '../annotations/entity-notes';

export interface MentionSummary {
  entityId: string;
  type: EntityType;
  count: number;
}

export interface PageMentions {
  url: string;
  title: string;
  /** False when the person paused the extension or switched it off for this site. */
  active: boolean;
  total: number;
  entities: MentionSummary[];
}

/** A request that carries nothing but its type. */
type NoPayload = {};

/** What a page answers to a command: whether it did something. */
export interface CommandAnswer {
  ok: boolean;
}

/** The keyboard commands (manifest `commands`) that go to the page, and the message each becomes. */
export const PAGE_COMMANDS = {
  'toggle-highlights': 'page/toggle-highlights',
  'open-card': 'page/open-card',
  annotate: 'page/annotate',
} as const satisfies Record<string, MessageType>;
export type PageCommand = keyof typeof PAGE_COMMANDS;

export interface Protocol {
  /** popup -> content: what did this page mention? */
  'page/mentions': { request: NoPayload; response: PageMentions };
  /**
   * popup -> content: scroll to a mention of the entity and flash it (the next one on each call). The
   * top frame answers `frameId` instead when the entity is only in one of its iframes: ask that frame.
   */
  'page/reveal': {
    request: { entityId: string };
    response: { index: number; count: number; frameId?: number };
  };
  /** background -> top frame: what one of its iframes mentions (relayed from 'frame/mentions'). */
  'page/frame-mentions': { request: { frameId: number; entities: MentionSummary[] }; response: void };
  /*
   * background -> content: the keyboard commands and the "Annotate" menu entry, a message each. A
   * keyboard command goes to every frame of the tab; the frame that acts (or the top one) answers.
   */
  /** Show or hide the highlighted names. */
  'page/toggle-highlights': { request: NoPayload; response: CommandAnswer };
  /** Open the card of the name at the selection or caret, focus inside. */
  'page/open-card': { request: NoPayload; response: CommandAnswer };
  /** Annotate the selection (the menu entry asks the frame that holds it). */
  'page/annotate': { request: NoPayload; response: CommandAnswer };
  /** background -> content: scroll to an annotation (from the side panel). */
  'page/show-annotation': { request: { annotationId: string }; response: { found: boolean } };
  /** top frame -> background: the page's mention count (its iframes' included) changed, for the badge. */
  'badge/count': { request: { count: number }; response: void };
  /** iframe -> background: what this frame mentions, for the background to relay to the top frame. */
  'frame/mentions': { request: { entities: MentionSummary[] }; response: { delivered: boolean } };
  /** content/popup -> background: open the full entry of an entity in the side panel or popup. */
  'ui/open-entity': { request: { entityId: string }; response: void };
  /**
   * any context -> background: one annotation write (save, delete, import, orphan status), applied by
   * the one writer after every earlier one; answers the write's value or why it failed.
   */
  'annotations/write': { request: { write: WriteRequest }; response: WriteOutcome };
  /** card -> background: the person's notes about an entity, newest first (read when a card opens). */
  'annotations/for-entity': { request: { entityId: string }; response: { notes: EntityNote[] } };
  /** side panel -> background: open a page and reveal an annotation on it. */
  'ui/open-annotation': { request: { url: string; annotationId: string }; response: void };
}

export type MessageType = keyof Protocol;
export type Message<T extends MessageType = MessageType> = { type: T } & Protocol[T]['request'];
export type Response<T extends MessageType> = Protocol[T]['response'];

/**
 * What a handler returns, synchronously, to leave a message unanswered: another listener or another
 * frame answers it (a command is broadcast to every frame; the frame that holds the selection answers).
 */
export const UNANSWERED: unique symbol = Symbol('unanswered');
export type Unanswered = typeof UNANSWERED;

export type Handler<T extends MessageType> = (
  message: Message<T>,
  sender: Browser.runtime.MessageSender,
) => Response<T> | Promise<Response<T>> | Unanswered;

export type Handlers = { [T in MessageType]?: Handler<T> };

/** The messages a content script answers: the background's and the popup's questions to a tab's frames. */
export type PageMessageType = Extract<MessageType, `page/${string}`>;
export type PageHandlers = { [T in PageMessageType]?: Handler<T> };
/** What a feature answers to a command: whether it acted, or UNANSWERED to leave it to another frame. */
export type CommandHandler = () => CommandAnswer | Promise<CommandAnswer> | Unanswered;

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string'
  );
}

export function sendToTab<T extends MessageType>(
  tabId: number,
  message: Message<T>,
  frameId = 0,
): Promise<Response<T>> {
  return browser.tabs.sendMessage(tabId, message, { frameId }) as Promise<Response<T>>;
}

/** Sends to every frame of a tab (keyboard commands: the frame with the selection answers). */
export function broadcastToTab<T extends MessageType>(tabId: number, message: Message<T>): Promise<Response<T>> {
  return browser.tabs.sendMessage(tabId, message) as Promise<Response<T>>;
}

export function sendToBackground<T extends MessageType>(message: Message<T>): Promise<Response<T>> {
  return browser.runtime.sendMessage(message) as Promise<Response<T>>;
}

type RuntimeListener = Parameters<typeof browser.runtime.onMessage.addListener>[0];

/**
 * Answers the messages named in `handlers`; others, and those a handler leaves UNANSWERED, are left for
 * other listeners. Returns the function that stops listening.
 */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isMessage(message)) return undefined;
    const handler = handlers[message.type] as ((m: Message, s: Browser.runtime.MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    const answer = handler(message, sender);
    return answer === UNANSWERED ? undefined : Promise.resolve(answer);
  };
  browser.runtime.onMessage.addListener(listener as RuntimeListener);
  return () => browser.runtime.onMessage.removeListener(listener as RuntimeListener);
}
