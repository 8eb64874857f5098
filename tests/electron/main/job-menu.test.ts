import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildAppMenuTemplate } from '../../../electron/main/menu/app-menu';

type Item = MenuItemConstructorOptions;
const flatten = (items: Item[]): Item[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);

describe('application menu: job commands', () => {
  it.each(['linux', 'darwin'] as const)('opens and assigns the selected job through command:run on %s, capturing no key', (platform) => {
    const sendCommand = vi.fn();
    const template = buildAppMenuTemplate({ platform, appName: 'Dispatch Console', isPackaged: true, sendCommand, openReports: vi.fn(), showAbout: vi.fn() });
    const items = flatten(template);
    for (const [label, command] of [
      ['Open selected job (Enter)', 'open-job'],
      ['Assign selected job… (A)', 'assign'],
    ] as const) {
      const item = items.find((i) => i.label === label);
      expect(item, label).toBeDefined();
      // A bare Enter or A accelerator would be taken from every text field on macOS.
      expect(item!.accelerator).toBeUndefined();
      sendCommand.mockClear();
      (item!.click as () => void)();
      expect(sendCommand).toHaveBeenCalledWith(command);
    }
  });
});
