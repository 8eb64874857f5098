import { describe, expect, it, vi } from 'vitest';
import { createCommandRegistry, key } from '../../../renderer/src/commands/registry';

function keyEvent(k: string, mods: Partial<KeyboardEvent> = {}, target: unknown = null): KeyboardEvent {
  return { key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, target, preventDefault: vi.fn(), ...mods } as unknown as KeyboardEvent;
}
const field = { closest: (sel: string) => (sel.includes('input') ? {} : null) };

describe('command registry', () => {
  it('runs a command by name and reports whether it ran', () => {
    const registry = createCommandRegistry();
    const run = vi.fn();
    registry.register({ id: 'go-today', label: 'Today', run });
    expect(registry.run('go-today')).toBe(true);
    expect(run).toHaveBeenCalledTimes(1);
    expect(registry.run('undo')).toBe(false);
  });

  it('skips a disabled command', () => {
    const registry = createCommandRegistry();
    const run = vi.fn();
    registry.register({ id: 'undo', label: 'Undo', isEnabled: () => false, run, matchesKey: key('z', { ctrl: true }) });
    expect(registry.run('undo')).toBe(false);
    expect(registry.handleKey(keyEvent('z', { ctrlKey: true }))).toBe(false);
    expect(run).not.toHaveBeenCalled();
  });

  it('lets the latest registration win and restores the previous one when it goes', () => {
    const registry = createCommandRegistry();
    const outer = vi.fn();
    const inner = vi.fn();
    registry.register({ id: 'assign', label: 'Assign', run: outer });
    const off = registry.register({ id: 'assign', label: 'Assign (panel)', run: inner });
    registry.run('assign');
    off();
    registry.run('assign');
    expect(inner).toHaveBeenCalledTimes(1);
    expect(outer).toHaveBeenCalledTimes(1);
  });

  it('matches shortcuts exactly and ignores plain keys typed into fields', () => {
    const registry = createCommandRegistry();
    const assign = vi.fn();
    const redo = vi.fn();
    const newJob = vi.fn();
    registry.register({ id: 'assign', label: 'Assign', matchesKey: key('a'), run: assign });
    registry.register({ id: 'redo', label: 'Redo', matchesKey: key('z', { ctrl: true, shift: true }), run: redo });
    registry.register({ id: 'new-job', label: 'New job', matchesKey: key('n', { ctrl: true }), allowInTextFields: true, run: newJob });

    expect(registry.handleKey(keyEvent('a', {}, field))).toBe(false);
    expect(registry.handleKey(keyEvent('z', { ctrlKey: true }))).toBe(false);
    const press = keyEvent('Z', { metaKey: true, shiftKey: true });
    expect(registry.handleKey(press)).toBe(true);
    expect(press.preventDefault).toHaveBeenCalled();
    expect(registry.handleKey(keyEvent('n', { ctrlKey: true }, field))).toBe(true);
    expect(registry.handleKey(keyEvent('a'))).toBe(true);
    expect([assign.mock.calls.length, redo.mock.calls.length, newJob.mock.calls.length]).toEqual([1, 1, 1]);
  });
});

describe('list (the shortcut sheet’s source)', () => {
  it('gives one command per id, the one that would run now, and forgets unregistered ones', () => {
    const registry = createCommandRegistry();
    registry.register({ id: 'undo', label: 'Undo', shortcut: 'Ctrl+Z', run: vi.fn() });
    const offClose = registry.register({ id: 'close-panel', label: 'Close', shortcut: 'Esc', run: vi.fn() });
    registry.register({ id: 'undo', label: 'Undo move of J-1', shortcut: 'Ctrl+Z', run: vi.fn() });
    expect(registry.list().map((c) => [c.id, c.label])).toEqual([
      ['undo', 'Undo move of J-1'],
      ['close-panel', 'Close'],
    ]);
    offClose();
    expect(registry.list().map((c) => c.id)).toEqual(['undo']);
  });

  it('puts commands with keys before those reached only by buttons', async () => {
    const { sheetRows } = await import('../../../renderer/src/commands/KeyboardHelp');
    const rows = sheetRows([
      { id: 'import-csv', label: 'Import…', run: vi.fn() },
      { id: 'new-job', label: 'New job', shortcut: 'Ctrl+N', run: vi.fn() },
    ]);
    expect(rows).toEqual([
      { label: 'New job', keys: 'Ctrl+N' },
      { label: 'Import…', keys: '' },
    ]);
  });
});
