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

  it('Escape cancels', () => {
    const props = setup();
    fireEvent.keyDown(screen.getByLabelText(/Note/), { key: 'Escape' });
    expect(props.onCancel).toHaveBeenCalled();
    expect(props.onSave).not.toHaveBeenCalled();
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
  it('shows the note as text and asks before deleting', () => {
    const onDelete = vi.fn();
    const onEdit = vi.fn();
    render(
      <Popover
        anchor={{ left: 0, top: 0, right: 10, bottom: 10 }}
        note={'<b>not bold</b>'}
        tags={['race']}
        entities={['OpenAI']}
        onEdit={onEdit}
        onDelete={onDelete}
        onPointerEnter={() => {}}
        onPointerLeave={() => {}}
      />,
    );
    expect(screen.getByText('<b>not bold</b>')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Really delete?' }));
    expect(onDelete).toHaveBeenCalled();
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
