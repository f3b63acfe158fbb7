/**
 * The card shown for a mention, with its actions: "Not this" mutes the name on the site, the entry
 * opens in the extension, "Annotate" goes to the annotator, and "Your notes" is asked of the background
 * (opening one goes to its page). Every action closes the card first.
 */
import { h, type VNode } from 'preact';
import type { Mention } from '../detect';
import { openNote, type EntityNote } from '../../platform/annotations';
import { sendToBackground } from '../../platform/messaging';
import { setNameMuted, type Theme } from '../../platform/settings';
import type { CardLookup } from './card-model';
import { Card } from './components/Card';

export interface CardServices {
  lookup: CardLookup;
  theme(): Theme;
  /** The page's site key, for "Not this". */
  site(): string | null;
  close(): void;
  /** Starts an annotation on a mention (the card's "Annotate" action; absent when not given). */
  onAnnotate?: (mention: Mention) => void;
}

/** "Your notes": asked of the background when a card shows an entity; opening one goes to its page. */
function notesFor(close: () => void) {
  return {
    load: (entityId: string) =>
      sendToBackground({ type: 'annotations/for-entity', entityId }).then((answer) => answer?.notes ?? []),
    onOpen: (note: EntityNote) => {
      close();
      openNote(note);
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the Card component's vnode
export type CardRender = (mention: Mention, key: number) => VNode<any>;

/** Makes the card element for one mention; `key` keeps a card's state while it is shown again in place. */
export function cardRenderer(services: CardServices): CardRender {
  const { lookup, close, onAnnotate } = services;
  const notes = notesFor(close);
  return (mention, key) =>
    h(Card, {
      key,
      lookup,
      entityId: mention.entityId,
      reason: mention.reason,
      onNotThis: () => {
        close();
        const site = services.site();
        if (site) setNameMuted(site, mention.text, true).catch(() => undefined);
      },
      theme: services.theme(),
      locale: navigator.language,
      onOpenEntry: (entityId: string) => {
        close();
        // The background opens the entry; a missing receiver must not surface as an error on the page.
        sendToBackground({ type: 'ui/open-entity', entityId }).catch(() => undefined);
      },
      onAnnotate: onAnnotate
        ? () => {
            close();
            onAnnotate(mention);
          }
        : undefined,
      onClose: () => close(),
      notes,
    });
}
