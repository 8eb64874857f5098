import { describe, expect, it, vi } from 'vitest';
import type { Menu, MenuItemConstructorOptions, NativeImage } from 'electron';
import { alertTooltip, createAlertTray, MAX_TRAY_JOBS } from '../../../electron/main/platform/alert-tray';
import { trayMenuTemplate } from '../../../electron/main/platform/tray';
import type { AlertsSnapshot, UrgentAlert } from '../../../shared/domain/alerts';

type Item = MenuItemConstructorOptions;
const click = (item: Item | undefined) => (item?.click as () => void)();
const urgent = (n: number, overrides: Partial<UrgentAlert> = {}): UrgentAlert => ({
  jobId: `j${n}`, number: `J-${1000 + n}`, title: `Job ${n}`, clientId: 'c', priority: 'P2', reason: 'breached', clock: 'response', dueAt: null, minutesLeft: -3, acknowledged: false, ...overrides,
});

function setup() {
  const tray = { image: '', tooltip: '', menu: [] as Item[], setImage: vi.fn(), setToolTip: vi.fn(), setContextMenu: vi.fn() };
  tray.setImage.mockImplementation((img: { path: string }) => (tray.image = img.path));
  tray.setToolTip.mockImplementation((t: string) => (tray.tooltip = t));
  tray.setContextMenu.mockImplementation((m: { template: Item[] }) => (tray.menu = m.template));
  const menu = { onShow: vi.fn(), onQuit: vi.fn(), onNewJob: vi.fn(), onSnooze: vi.fn(), onOpenJob: vi.fn() };
  const sink = createAlertTray({
    tray,
    Menu: { buildFromTemplate: (template: Item[]) => ({ template }) as unknown as Menu },
    nativeImage: { createFromPath: (path: string) => ({ path }) as unknown as NativeImage },
    iconPath: '/r/tray.png',
    alertIconPath: '/r/tray-alert.png',
    menu,
  });
  return { tray, menu, sink };
}
const snap = (items: UrgentAlert[]): AlertsSnapshot => ({ urgent: items, snoozedUntil: null });

describe('alert tray', () => {
  it('switches to the alert icon, counts and lists urgent jobs; a click opens one', () => {
    const { tray, menu, sink } = setup();
    sink.changed(snap([urgent(1, { priority: 'P1', reason: 'new-p1' }), urgent(2), urgent(3, { acknowledged: true })]));
    expect(tray.image).toBe('/r/tray-alert.png');
    expect(tray.tooltip).toBe('Dispatch Console: 2 urgent jobs unassigned');
    const labels = tray.menu.map((i) => i.label).filter(Boolean);
    expect(labels).toEqual([
      '2 urgent jobs unassigned',
      'J-1001 (P1) Job 1: new P1',
      'J-1002 (P2) Job 2: SLA breached',
      'New job',
      'Snooze alerts 15 min',
      'Show console',
      'Quit',
    ]);
    click(tray.menu.find((i) => i.label?.startsWith('J-1002')));
    expect(menu.onOpenJob).toHaveBeenCalledWith('j2');
  });

  it('goes back to the normal icon and menu when nothing is urgent, swapping the image only on change', () => {
    const { tray, sink } = setup();
    sink.changed(snap([urgent(1)]));
    sink.changed(snap([urgent(1), urgent(2)]));
    expect(tray.setImage).toHaveBeenCalledTimes(1);
    sink.changed(snap([]));
    expect(tray.image).toBe('/r/tray.png');
    expect(tray.tooltip).toBe('Dispatch Console');
    expect(tray.menu.map((i) => i.label).filter(Boolean)).toEqual(['New job', 'Snooze alerts 15 min', 'Show console', 'Quit']);
  });

  it('lists at most MAX_TRAY_JOBS jobs and sums up the rest', () => {
    const { tray, sink } = setup();
    sink.changed(snap(Array.from({ length: MAX_TRAY_JOBS + 3 }, (_, i) => urgent(i + 1))));
    expect(tray.menu.filter((i) => i.id?.startsWith('urgent:'))).toHaveLength(MAX_TRAY_JOBS);
    expect(tray.menu.find((i) => i.id === 'urgent-more')?.label).toBe('…and 3 more');
  });

  it('tray actions run New job and Snooze', () => {
    const onNewJob = vi.fn();
    const onSnooze = vi.fn();
    const template = trayMenuTemplate({ onShow: vi.fn(), onQuit: vi.fn(), onNewJob, onSnooze });
    click(template.find((i) => i.label === 'New job'));
    click(template.find((i) => i.label === 'Snooze alerts 15 min'));
    expect(onNewJob).toHaveBeenCalledOnce();
    expect(onSnooze).toHaveBeenCalledOnce();
    expect(alertTooltip(1)).toBe('Dispatch Console: 1 urgent job unassigned');
  });
});
