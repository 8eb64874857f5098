import type { BoardView, VisibleDays } from '../features/board/DispatchBoard';
import { DataStatusIndicator } from '../features/status/DataStatusIndicator';
import { BoardOptions } from '../features/board/BoardOptions';
import { UndoButtons } from '../features/undo/UndoButtons';
import { PrintRunSheetsButton } from '../features/run-sheet/PrintRunSheetsButton';
import { formatDayTitle, formatWeekTitle } from '../lib/format';
import { NewJobButton } from '../features/new-job/NewJobButton';
import { ImportCsv } from '../features/import/ImportCsv';
import { SettingsButton } from '../features/settings/SettingsButton';
import { ArchiveButton } from '../features/archive/ArchiveButton';
import { CloseOutButton } from '../features/close-out/CloseOutButton';
import { MaintenanceButton } from '../features/maintenance/MaintenanceButton';
import { BillingButton } from '../features/billing/BillingButton';
import { OfficeMenu } from './OfficeMenu';
import { PlanButton } from '../features/planner/PlanButton';
import { ReportsButton } from '../features/reports/ReportsButton';

type Props = {
  view: BoardView;
  /** The day the board is anchored on; null until the shop's time zone is known. */
  date: string | null;
  /** What the board reports it shows; null until it has rendered once. */
  visible: VisibleDays | null;
  isToday: boolean;
  onViewChange: (view: BoardView) => void;
  onStep: (direction: -1 | 1) => void;
  onToday: () => void;
};

/** Product name, date navigation, the day/week switch, the console's commands and data status. */
export function AppHeader({ view, date, visible, isToday, onViewChange, onStep, onToday }: Props) {
  const unit = view === 'day' ? 'day' : 'week';
  const shown = visible?.from ?? date;
  const title =
    view === 'week' && visible ? formatWeekTitle(visible.from, visible.to) : shown ? formatDayTitle(shown) : '';

  return (
    <header className="app-header">
      <h1 className="app-header__brand" title="Dispatch Console">
        <span className="app-header__logo" aria-hidden="true" />
        {/* Visually hidden on narrow windows (the header needs the room); still the page's heading. */}
        <span className="app-header__brand-name">Dispatch Console</span>
      </h1>

      <nav className="app-header__nav" aria-label="Dates">
        <button type="button" className="button" onClick={onToday} aria-pressed={isToday}>
          Today
        </button>
        <div className="button-group">
          <button type="button" className="button button--icon" onClick={() => onStep(-1)} aria-label={`Previous ${unit}`} title={`Previous ${unit}`}>
            ‹
          </button>
          <button type="button" className="button button--icon" onClick={() => onStep(1)} aria-label={`Next ${unit}`} title={`Next ${unit}`}>
            ›
          </button>
        </div>
        <h2 className="app-header__date" aria-live="polite">
          {title}
        </h2>
      </nav>

      <div className="segmented" role="group" aria-label="Board view">
        {(['day', 'week'] as const).map((v) => (
          <button key={v} type="button" className="segmented__option" aria-pressed={view === v} onClick={() => onViewChange(v)}>
            {v === 'day' ? 'Day' : 'Week'}
          </button>
        ))}
      </div>

      {/* Ordered by how often a dispatcher reaches for them during a peak: the call first. */}
      <div className="app-header__end">
        <NewJobButton />
        <UndoButtons />
        <PlanButton />
        <PrintRunSheetsButton />
        <OfficeMenu>
          <CloseOutButton day={date} />
          <ImportCsv />
          <MaintenanceButton />
          <ArchiveButton />
          <BillingButton />
          <ReportsButton />
        </OfficeMenu>
        <BoardOptions />
        <SettingsButton />
        <DataStatusIndicator />
      </div>
    </header>
  );
}
