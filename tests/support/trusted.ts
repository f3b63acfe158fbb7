/** An event as the browser dispatches it: happy-dom's are all untrusted, and the guards count only trusted ones. */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
