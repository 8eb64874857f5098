import { describe, expect, it, vi } from 'vitest';
import { createElectronFileSaver } from '../../../electron/main/platform/file-saver';
import type { FileToSave } from '../../../electron/core/ports';

const file: FileToSave = { title: "Save Sam's bookings", fileName: 'bookings-sam.ics', content: 'BEGIN:VCALENDAR', filter: { name: 'iCalendar', extensions: ['ics'] } };

function setup(answer: { canceled: boolean; filePath?: string }, write = vi.fn(async () => {})) {
  const showSaveDialog = vi.fn(async () => answer);
  const log = { info: () => {}, warn: () => {}, error: vi.fn() };
  const saver = createElectronFileSaver({ dialog: { showSaveDialog } as never, parentWindow: () => null, defaultDir: () => '/home/sam/Documents', join: (d, n) => `${d}/${n}`, writeFile: write, log });
  return { saver, showSaveDialog, write, log };
}

describe('Electron file saver', () => {
  it('suggests the file in Documents with its filter, writes where the dispatcher chose, adding the extension a dialog left off', async () => {
    const t = setup({ canceled: false, filePath: '/tmp/sam' });
    expect(await t.saver.save(file)).toEqual({ outcome: 'saved', filePath: '/tmp/sam.ics' });
    expect(t.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ title: "Save Sam's bookings", defaultPath: '/home/sam/Documents/bookings-sam.ics', filters: [file.filter] }));
    expect(t.write).toHaveBeenCalledWith('/tmp/sam.ics', 'BEGIN:VCALENDAR');
  });

  it('writes nothing when cancelled, and says where a failed write was going', async () => {
    const cancelled = setup({ canceled: true });
    expect(await cancelled.saver.save(file)).toEqual({ outcome: 'cancelled' });
    expect(cancelled.write).not.toHaveBeenCalled();
    const failing = setup({ canceled: false, filePath: '/ro/sam.ics' }, vi.fn(async () => Promise.reject(new Error('EACCES'))));
    await expect(failing.saver.save(file)).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('/ro/sam.ics') });
  });
});
