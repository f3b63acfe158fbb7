/**
 * The annotations of the page in view and where they sit: anchors them in short slices (so a page with
 * a thousand of them never blocks), paints them, and tries orphans again when the page changes.
 */
import { anchorAnnotation } from './anchor-dom';
import type { AnchorMethod } from '../../platform/annotations/anchor';
import type { Annotation } from '../../platform/annotations/model';
import type { Painter } from './paint';
import { buildTextIndex, type TextIndex } from './text-index';

export interface Placed {
  annotation: Annotation;
  /** Null while the annotation is an orphan. */
  range: Range | null;
  method?: AnchorMethod;
  confidence?: number;
}

/** Work slice length: well under the 50 ms that counts as a long task. */
const SLICE_MS = 8;

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * In e2e builds (which the benchmark uses), each slice of anchoring work is a `performance` measure
 * named "ail-anchoring", so the extension's own main-thread time can be told from the page's. Other
 * builds write nothing into the page's performance timeline.
 */
function measureSlice(start: number): void {
  if (import.meta.env.MODE !== 'e2e') return;
  try {
    performance.measure('ail-anchoring', { start, end: performance.now() });
  } catch {
    // Timeline full or unsupported: measuring is optional.
  }
}

function alive(range: Range | null): range is Range {
  return !!range && !range.collapsed && range.startContainer.isConnected && range.endContainer.isConnected;
}

export class PageAnchors {
  private placed = new Map<string, Placed>();
  private generation = 0;
  private listeners = new Set<() => void>();
  /** Set when the page's text changed since the last index was built. */
  private dirty = false;
  /** Anchoring passes run one after another, so a page change during a load does not double the work. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly painter: Painter,
    private readonly root: () => Node = () => document.body,
  ) {}

  all(): Placed[] {
    return [...this.placed.values()];
  }

  /** How many are placed (without copying them). */
  get size(): number {
    return this.placed.size;
  }

  get(id: string): Placed | undefined {
    return this.placed.get(id);
  }

  orphanIds(): string[] {
    return this.all()
      .filter((p) => !p.range)
      .map((p) => p.annotation.id);
  }

  /** Tells a running anchoring pass that the page's text changed under it. */
  markDirty(): void {
    this.dirty = true;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }

  /** Makes the set equal to `annotations`: new ones anchored, gone ones unpainted, edited ones updated. */
  async load(annotations: readonly Annotation[]): Promise<void> {
    const wanted = new Map(annotations.map((a) => [a.id, a]));
    for (const [id, placed] of this.placed) {
      if (!wanted.has(id)) {
        if (placed.range) this.painter.remove(placed.range);
        this.placed.delete(id);
      }
    }
    const fresh: Annotation[] = [];
    for (const annotation of annotations) {
      const existing = this.placed.get(annotation.id);
      if (existing) existing.annotation = annotation;
      else fresh.push(annotation);
    }
    for (const annotation of fresh) this.placed.set(annotation.id, { annotation, range: null });
    await this.serial(() => this.anchorSome(fresh));
    this.emit();
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Places an annotation just made from a live range (no search needed). */
  place(annotation: Annotation, range: Range): void {
    const old = this.placed.get(annotation.id);
    if (old?.range) this.painter.remove(old.range);
    this.placed.set(annotation.id, { annotation, range, method: 'position', confidence: 1 });
    this.painter.add(range);
    this.emit();
  }

  update(annotation: Annotation): void {
    const placed = this.placed.get(annotation.id);
    if (placed) placed.annotation = annotation;
    this.emit();
  }

  remove(id: string): void {
    const placed = this.placed.get(id);
    if (placed?.range) this.painter.remove(placed.range);
    this.placed.delete(id);
    this.emit();
  }

  clear(): void {
    this.generation++;
    this.placed.clear();
    this.painter.clear();
    this.emit();
  }

  /** After page changes: anchors orphans, and re-anchors annotations whose text was removed. */
  reanchor(): Promise<boolean> {
    return this.serial(() => this.reanchorNow());
  }

  private async reanchorNow(): Promise<boolean> {
    const todo: Annotation[] = [];
    for (const placed of this.placed.values()) {
      if (alive(placed.range)) continue;
      if (placed.range) {
        this.painter.remove(placed.range);
        placed.range = null;
      }
      todo.push(placed.annotation);
    }
    if (!todo.length) return false;
    const before = this.orphanIds().length;
    await this.anchorSome(todo);
    this.emit();
    return this.orphanIds().length !== before;
  }

  /** The annotations whose range holds a DOM point (for hover). */
  at(node: Node, offset: number): Placed[] {
    const hits: Placed[] = [];
    for (const placed of this.placed.values()) {
      const range = placed.range;
      if (!range || range.startContainer.ownerDocument !== node.ownerDocument) continue;
      try {
        if (range.isPointInRange(node, offset)) hits.push(placed);
      } catch {
        // A point in another tree: not in this range.
      }
    }
    return hits;
  }

  private async anchorSome(annotations: readonly Annotation[]): Promise<void> {
    if (!annotations.length) return;
    const generation = this.generation;
    let sliceStart = performance.now();
    let index: TextIndex = buildTextIndex(this.root());
    this.dirty = false;
    for (const annotation of annotations) {
      if (performance.now() - sliceStart > SLICE_MS) {
        measureSlice(sliceStart);
        await yieldToPage();
        if (generation !== this.generation) return;
        // The page changed while we waited: offsets must come from its current text.
        if (this.dirty) {
          index = buildTextIndex(this.root());
          this.dirty = false;
        }
        sliceStart = performance.now();
      }
      const placed = this.placed.get(annotation.id);
      if (!placed || placed.range) continue;
      const found = anchorAnnotation(index, annotation);
      if (!found) continue;
      placed.range = found.range;
      placed.method = found.method;
      placed.confidence = found.confidence;
      this.painter.add(found.range);
    }
    measureSlice(sliceStart);
  }
}
