import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Editor, type EditorProps } from '../../../lib/page/annotator/ui/Editor';
import { Popover } from '../../../lib/page/annotator/ui/Popover';
import { placeNear } from '../../../lib/ui/placement';

const ENTITIES = [
  { id: 'openai', name: 'OpenAI', type: 'company' },
  { id: 'claude-code', name: 'Claude Code', type: 'product' },
];

function setup(overrides: Partial<EditorProps> = {}) {
  const props: EditorProps = {
    anchor: { left: 10, top: 10, right: 100, bottom: 30 },
    quote: 'Anthropic released Claude Code',
    mode: 'new',
    initial: { note: '', tags: [], entities: [ENTITIES[1]] },
    searchEntities: (q) => ENTITIES.filter((e) => e.name.toLowerCase().includes(q.toLowerCase())),
    onSave: vi.fn(async () => null),
    onCancel: vi.fn(),
    ...overrides,
  };
  render(<Editor {...props} />);
  return props;
}

afterEach(cleanup);

describe('the annotation editor', () => {
  it('is a labelled dialog that focuses the note, with the mentions pre-filled', () => {
    setup();
    expect(screen.getByRole('dialog', { name: 'New annotation' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(/Note/));
    expect(screen.getByRole('button', { name: 'Remove entity Claude Code' })).toBeTruthy();
  });

  it('makes tags at each comma and keeps what follows it as the tag being typed; a lone comma is no tag', async () => {
    const props = setup();
    const tag = screen.getByLabelText('Add a tag') as HTMLInputElement;
    // Typed one key at a time: "foo,,bar", then a comma and Backspace.
    for (const value of ['f', 'fo', 'foo', 'foo,', ',', ',b', 'b', 'ba', 'bar']) fireEvent.input(tag, { target: { value } });
    expect(screen.getAllByRole('button', { name: /^Remove tag/ }).map((b) => b.getAttribute('aria-label'))).toEqual(['Remove tag foo']);
    expect(tag.value).toBe('bar');
    fireEvent.keyDown(tag, { key: 'Enter' });
    fireEvent.input(tag, { target: { value: ',' } });
    expect(tag.value).toBe('');
    fireEvent.keyDown(tag, { key: 'Backspace' });
    // That Backspace took the last chip only because the field was empty, as it looks.
    expect(screen.getAllByRole('button', { name: /^Remove tag/ })).toHaveLength(1);
    fireEvent.input(tag, { target: { value: 'a, b,c' } });
    expect(tag.value).toBe('c');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(props.onSave).toHaveBeenCalled());
    expect(props.onSave).toHaveBeenCalledWith(expect.objectContaining({ tags: ['foo', 'a', 'b', 'c'] }));
  });

  it('saves the note, tags (including one still being typed) and entities found by search', async () => {
    const props = setup();
    fireEvent.input(screen.getByLabelText(/Note/), { target: { value: 'Launch *day*' } });
    const tag = screen.getByLabelText('Add a tag');
    fireEvent.input(tag, { target: { value: 'launch' } });
    fireEvent.keyDown(tag, { key: 'Enter' });
    fireEvent.input(tag, { target: { value: 'cli' } });
    const combo = screen.getByRole('combobox', { name: 'Find an entity to link' });
    fireEvent.focus(combo);
    fireEvent.input(combo, { target: { value: 'open' } });
    expect(screen.getByRole('listbox')).toBeTruthy();
    fireEvent.keyDown(combo, { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(props.onSave).toHaveBeenCalled());
    expect(props.onSave).toHaveBeenCalledWith({
      note: 'Launch *day*',
      tags: ['launch', 'cli'],
      entityIds: ['claude-code', 'openai'],
    });
  });

  it('Escape closes an editor with nothing changed at once', () => {
    const props = setup();
    fireEvent.keyDown(screen.getByLabelText(/Note/), { key: 'Escape' });
    expect(props.onCancel).toHaveBeenCalled();
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('Escape with the entity suggestions open closes only them, and keeps the draft', () => {
    const props = setup();
    fireEvent.input(screen.getByLabelText(/Note/), { target: { value: 'my thought' } });
    const combo = screen.getByRole('combobox', { name: 'Find an entity to link' });
    fireEvent.focus(combo);
    fireEvent.input(combo, { target: { value: 'open' } });
    expect(screen.getByRole('listbox')).toBeTruthy();
    fireEvent.keyDown(combo, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(combo.getAttribute('aria-expanded')).toBe('false');
    expect(props.onCancel).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByLabelText(/Note/) as HTMLTextAreaElement).value).toBe('my thought');
  });

  it('asks before Escape discards unsaved changes: Escape again discards, focus stays in the note', () => {
    const props = setup();
    const note = screen.getByLabelText(/Note/) as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'half a thought' } });
    note.focus();
    fireEvent.keyDown(note, { key: 'Escape' });
    expect(props.onCancel).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/Discard this note\?/);
    expect(document.activeElement).toBe(note);
    expect(note.value).toBe('half a thought');
    fireEvent.keyDown(note, { key: 'Escape' });
    expect(props.onCancel).toHaveBeenCalledTimes(1);
  });

  it('keeps editing when asked to, and asks again on the next Escape', () => {
    const props = setup();
    const note = screen.getByLabelText(/Note/) as HTMLTextAreaElement;
    fireEvent.input(note, { target: { value: 'half a thought' } });
    fireEvent.keyDown(note, { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.activeElement).toBe(note);
    fireEvent.keyDown(note, { key: 'Escape' });
    expect(props.onCancel).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toBeTruthy();
  });

  it('Cancel with changed entities or a tag being typed asks too; Discard discards', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Remove entity Claude Code' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(props.onCancel).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/Discard this note\?/);
    // From the button, focus goes to the choice that keeps the note.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep editing' }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(props.onCancel).toHaveBeenCalledTimes(1);
    cleanup();
    const typing = setup();
    fireEvent.input(screen.getByLabelText('Add a tag'), { target: { value: 'unfinished' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(typing.onCancel).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toBeTruthy();
  });

  it('ignores Escape and Ctrl+Enter while an input method is composing', () => {
    const props = setup();
    const note = screen.getByLabelText(/Note/);
    fireEvent.keyDown(note, { key: 'Escape', isComposing: true });
    expect(props.onCancel).not.toHaveBeenCalled();
    fireEvent.input(note, { target: { value: 'にほ' } });
    fireEvent.keyDown(note, { key: 'Escape', isComposing: true });
    fireEvent.keyDown(note, { key: 'Enter', ctrlKey: true, isComposing: true });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(props.onSave).not.toHaveBeenCalled();
    // Enter that ends a composition in the tag field or the entity search adds and chooses nothing.
    const tag = screen.getByLabelText('Add a tag');
    fireEvent.input(tag, { target: { value: 'かな' } });
    fireEvent.keyDown(tag, { key: 'Enter', isComposing: true });
    expect(screen.queryByRole('button', { name: 'Remove tag かな' })).toBeNull();
    const combo = screen.getByRole('combobox', { name: 'Find an entity to link' });
    fireEvent.focus(combo);
    fireEvent.input(combo, { target: { value: 'open' } });
    fireEvent.keyDown(combo, { key: 'Enter', isComposing: true });
    expect(screen.queryByRole('button', { name: 'Remove entity OpenAI' })).toBeNull();
  });

  it('reports its draft and whether it changed, and can start from a kept draft', async () => {
    const onDraft = vi.fn();
    setup({ onDraft });
    fireEvent.input(screen.getByLabelText(/Note/), { target: { value: 'kept' } });
    await waitFor(() => expect(onDraft).toHaveBeenLastCalledWith({ note: 'kept', tags: [], entities: [ENTITIES[1]], pendingTag: '' }, true));
    fireEvent.input(screen.getByLabelText(/Note/), { target: { value: '' } });
    await waitFor(() => expect(onDraft).toHaveBeenLastCalledWith(expect.objectContaining({ note: '' }), false));
    // A tag still being typed is unsaved work too: the page must keep such an editor open.
    fireEvent.input(screen.getByLabelText('Add a tag'), { target: { value: 'unfinis' } });
    await waitFor(() => expect(onDraft).toHaveBeenLastCalledWith(expect.objectContaining({ pendingTag: 'unfinis' }), true));
    cleanup();
    // Shown again with a draft (its frame was gone): the fields start there, and it is still unsaved.
    const props = setup({ draft: { note: 'kept', tags: ['t'], entities: [] } });
    expect((screen.getByLabelText(/Note/) as HTMLTextAreaElement).value).toBe('kept');
    expect(screen.getByRole('button', { name: 'Remove tag t' })).toBeTruthy();
    fireEvent.keyDown(screen.getByLabelText(/Note/), { key: 'Escape' });
    expect(props.onCancel).not.toHaveBeenCalled();
  });

  it('leaves Escape and Cancel to the save while one is under way', async () => {
    let finish!: (error: string | null) => void;
    const props = setup({ onSave: vi.fn(() => new Promise<string | null>((done) => (finish = done))) });
    fireEvent.input(screen.getByLabelText(/Note/), { target: { value: 'saving' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    fireEvent.keyDown(screen.getByLabelText(/Note/), { key: 'Escape' });
    fireEvent.keyDown(screen.getByLabelText(/Note/), { key: 'Escape' });
    expect(props.onCancel).not.toHaveBeenCalled();
    expect(screen.queryByText(/Discard this note/)).toBeNull();
    finish('Browser storage for annotations is full');
    expect((await screen.findByRole('alert')).textContent).toMatch(/storage for annotations is full/);
    expect((screen.getByLabelText(/Note/) as HTMLTextAreaElement).value).toBe('saving');
  });

  it('shows a save error and keeps the draft', async () => {
    setup({ onSave: vi.fn(async () => 'Browser storage for annotations is full') });
    fireEvent.input(screen.getByLabelText(/Note/), { target: { value: 'keep me' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/storage for annotations is full/);
    expect((screen.getByLabelText(/Note/) as HTMLTextAreaElement).value).toBe('keep me');
  });
});

describe('the hover popover', () => {
  it('shows the note as text, asks before deleting, and takes no synthetic click as the answer', () => {
    const onDelete = vi.fn();
    const onDeleteRefused = vi.fn();
    const onEdit = vi.fn();
    render(
      <Popover
        anchor={{ left: 0, top: 0, right: 10, bottom: 10 }}
        note={'<b>not bold</b>'}
        tags={['race']}
        entities={['OpenAI']}
        onEdit={onEdit}
        onDelete={onDelete}
        onDeleteRefused={onDeleteRefused}
        onPointerEnter={() => {}}
        onPointerLeave={() => {}}
      />,
    );
    expect(screen.getByText('<b>not bold</b>')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).not.toHaveBeenCalled();
    // A click nobody made (a script's) never confirms: the real one is proven end to end
    // (tests/e2e/annotate.e2e.ts), where a click the person could not see does not either.
    fireEvent.click(screen.getByRole('button', { name: 'Really delete?' }));
    expect(onDelete).not.toHaveBeenCalled();
    expect(onDeleteRefused).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(onEdit).toHaveBeenCalled();
  });
});

describe('placeNear', () => {
  const viewport = { width: 800, height: 600 };
  it('goes below the anchor, or above when there is no room, and stays on screen', () => {
    expect(placeNear({ left: 100, top: 100, right: 200, bottom: 120 }, { width: 300, height: 200 }, viewport)).toEqual({ left: 100, top: 128 });
    expect(placeNear({ left: 700, top: 500, right: 760, bottom: 520 }, { width: 300, height: 200 }, viewport)).toEqual({ left: 492, top: 292 });
  });
});
