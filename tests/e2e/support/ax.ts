/**
 * Finding and driving the extension's in-page UI in Chromium as assistive technology finds it. The
 * card and the annotator live in closed shadow roots (page scripts cannot read or press them), so
 * their parts are found by role and name in the accessibility tree (CDP), measured through their DOM
 * node's box model, and driven with the real mouse and keyboard.
 */
import type { CDPSession, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface AXNode {
  nodeId: string;
  ignored?: boolean;
  role?: { value: string };
  name?: { value: string };
  value?: { value: unknown };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
  backendDOMNodeId?: number;
}

/** A page and its CDP session (the accessibility tree and box models come through it). */
export interface Tab {
  page: Page;
  cdp: CDPSession;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function axTree(cdp: CDPSession): Promise<AXNode[]> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  return nodes;
}

/** The first node with this role and name (a string is exact, a RegExp matches), optionally inside `within`. */
export async function findNode(
  cdp: CDPSession,
  role: string,
  name: string | RegExp,
  within?: AXNode,
): Promise<AXNode | null> {
  const nodes = await axTree(cdp);
  let candidates = nodes;
  if (within) {
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const inside = new Set<string>();
    const walk = (id: string) => {
      inside.add(id);
      for (const child of byId.get(id)?.childIds ?? []) walk(child);
    };
    walk(within.nodeId);
    candidates = nodes.filter((n) => inside.has(n.nodeId));
  }
  const named = (n: AXNode) => {
    const value = n.name?.value ?? '';
    return typeof name === 'string' ? value === name : name.test(value);
  };
  return candidates.find((n) => !n.ignored && n.role?.value === role && named(n)) ?? null;
}

export async function waitForNode(
  cdp: CDPSession,
  role: string,
  name: string | RegExp,
  within?: AXNode,
): Promise<AXNode> {
  let found: AXNode | null = null;
  await expect
    .poll(async () => (found = await findNode(cdp, role, name, within)) !== null, { timeout: 10_000, interval: 50 })
    .toBe(true);
  return found!;
}

export async function waitForNoNode(cdp: CDPSession, role: string, name: string | RegExp): Promise<void> {
  await expect.poll(async () => findNode(cdp, role, name), { timeout: 10_000, interval: 50 }).toBeNull();
}

/** The border box of a DOM node (by its backend id), in viewport coordinates. */
export async function boxOf(cdp: CDPSession, backendNodeId: number): Promise<Box> {
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as {
    model: { border: number[]; width: number; height: number };
  };
  return { x: model.border[0], y: model.border[1], width: model.width, height: model.height };
}

/** Clicks the middle of an accessibility node's box with the real mouse. */
export async function click({ page, cdp }: Tab, node: AXNode): Promise<void> {
  const box = await boxOf(cdp, node.backendDOMNodeId!);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y, { steps: 3 });
  await page.mouse.click(x, y);
}

/** Runs `functionDeclaration` with `this` bound to a node's DOM element (the debugger sees into closed shadow roots). */
export async function evaluateOn<T>(cdp: CDPSession, node: AXNode, functionDeclaration: string): Promise<T> {
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId! })) as {
    object: { objectId: string };
  };
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration,
    returnByValue: true,
  })) as { result: { value: T } };
  return result.value;
}

/** The text of a node in a closed shadow root. */
export function textOf(cdp: CDPSession, node: AXNode): Promise<string> {
  return evaluateOn(cdp, node, 'function () { return this.textContent; }');
}

/** Selects `text` inside the element `selector` matches, with the Selection API, then releases the mouse as a person would. */
export async function selectText(page: Page, selector: string, text: string): Promise<void> {
  const point = await page.evaluate(
    ({ selector, text }) => {
      const node = [...document.querySelector(selector)!.childNodes].find((n) => n.textContent!.includes(text))!;
      const textNode = node.nodeType === Node.TEXT_NODE ? node : node.firstChild!;
      const at = textNode.textContent!.indexOf(text);
      const range = document.createRange();
      range.setStart(textNode, at);
      range.setEnd(textNode, at + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      const rects = range.getClientRects();
      const last = rects[rects.length - 1];
      return { x: last.right - 2, y: last.top + last.height / 2 };
    },
    { selector, text },
  );
  await page.mouse.move(point.x, point.y);
  await page.mouse.up();
}

/**
 * The annotation editor: an extension page in a frame on the page (so page scripts never hear what is
 * typed in it). Playwright reaches into the frame, so its fields are found by role and label there.
 */
export async function editorFrame(page: Page, heading: 'New annotation' | 'Edit annotation' = 'New annotation'): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(
      async () => {
        found = page.frames().find((f) => f.url().includes('/annotation-editor.html'));
        if (!found || !(await found.getByRole('dialog', { name: heading }).isVisible().catch(() => false))) return false;
        // Shown at the editor's height (until then the frame is hidden).
        const box = await (await found.frameElement()).boundingBox();
        return !!box && box.height > 100;
      },
      { timeout: 10_000, interval: 50 },
    )
    .toBe(true);
  return found!;
}

/**
 * Waits until the editor frame has focus in the page and its note field has it inside (the frame's page
 * marks its root once the page side has handed it focus), and returns the focused field's id.
 */
export async function editorFocus(editor: Frame): Promise<string | undefined> {
  let id: string | undefined;
  await expect
    .poll(
      async () =>
        (id = await editor.evaluate(() =>
          document.hasFocus() && document.documentElement.dataset.state === 'ready' ? document.activeElement?.id : undefined,
        )),
      { timeout: 10_000, interval: 50 },
    )
    .toBeTruthy();
  return id;
}

/** Waits until no editor frame is left on the page. */
export async function waitForNoEditor(page: Page): Promise<void> {
  await expect
    .poll(() => page.frames().some((f) => f.url().includes('/annotation-editor.html') && !f.isDetached()), { timeout: 10_000, interval: 50 })
    .toBe(false);
}

/**
 * Annotates `text` inside the element `selector` matches, as a person does: selects it, clicks the adder, types the note, adds a
 * tag and saves. `onEditor` runs once the editor is open, with focus in its note (before typing).
 */
export async function annotateSelection(
  tab: Tab,
  selector: string,
  text: string,
  note: string,
  tag: string,
  onEditor?: (editor: Frame) => Promise<void>,
): Promise<void> {
  const { page, cdp } = tab;
  await selectText(page, selector, text);
  await click(tab, await waitForNode(cdp, 'button', 'Annotate'));
  const editor = await editorFrame(page);
  // The editor takes focus in the note, so the keys go there: typed as soon as it says so.
  expect(await editorFocus(editor)).toBe('ail-note');
  await onEditor?.(editor);
  await page.keyboard.type(note);
  expect(await editor.getByRole('textbox', { name: /^Note/ }).inputValue()).toBe(note);
  await editor.getByRole('textbox', { name: 'Add a tag' }).click();
  await page.keyboard.type(tag);
  await page.keyboard.press('Enter');
  await editor.getByRole('button', { name: 'Save' }).click();
  await waitForNoEditor(page);
}
