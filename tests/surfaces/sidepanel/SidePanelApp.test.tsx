import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanelApp } from '../../../lib/surfaces/sidepanel';

afterEach(cleanup);

describe('SidePanelApp', () => {
  it('starts on the entity it is given, and "See in the race" switches to the Race tab focused on it', () => {
    render(
      <SidePanelApp
        entityName={(id) => id}
        initialTab="entity"
        initialEntityId="codex"
        renderEntity={(id, _open, openRace) => (
          <button type="button" onClick={() => openRace(id!)}>
            race for {id}
          </button>
        )}
        renderRace={(_open, focus) => <p>race focused on {focus ?? 'nobody'}</p>}
      />,
    );
    expect(screen.getByRole('tab', { name: 'Entity' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'race for codex' }));
    expect(screen.getByRole('tab', { name: 'Race' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByText('race focused on codex')).toBeTruthy();
  });
});
