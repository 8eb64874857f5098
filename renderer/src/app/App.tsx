import { useCallback, useRef, useState } from 'react';
import { dayOf } from '../../../shared/domain/jobs';
import { Banners } from '../features/banners/Banners';
import { DispatchBoard } from '../features/board/DispatchBoard';
import { useShowOnBoard } from '../features/board/show-on-board';
import { NobodyWorkingNotice } from '../features/board/NobodyWorkingNotice';
import type { BoardView, VisibleDays } from '../features/board/DispatchBoard';
import { QueuePanel } from '../features/queue/QueuePanel';
import { SampleOffer } from '../features/sample/SampleOffer';
import { Notices } from '../features/status/Notices';
import { addDays } from '../lib/format';
import { useHoldWhilePressed, usePinnedHeight } from '../lib/layout-hold';
import { useConsoleState, useNow } from '../state/hooks';
import { RunSheetBoardProvider } from '../features/run-sheet/RunSheetBoardProvider';
import { plannedDayToReturnTo } from '../features/run-sheet/board-return';
import { UrgentAlerts } from '../features/alerts/UrgentAlerts';
import { NewJobDialogHost } from '../features/new-job/NewJobDialogHost';
import { JobDialogs } from '../features/jobs/JobDialogs';
import { MessageDialogHost } from '../features/messages/MessageDialogHost';
import { KeyboardHelp } from '../commands/KeyboardHelp';
import { AppHeader } from './AppHeader';
import { PlanPanel } from '../features/planner/PlanPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { useRowDensity } from './row-density';
import { WorkspaceSplit } from './WorkspaceSplit';
import './app.css';

/**
 * The console shell. Layout: header, banners, then the board above the queue. The queue sits
 * below rather than beside the board because both want width: the timeline to spread a day's
 * hours, the queue for its nine columns. Stacked, each gets the full window width at 1280 px, and
 * the coming drag from queue to board is a short vertical move.
 */
export function App() {
  const density = useRowDensity();
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? null);
  const now = useNow();
  const today = timeZone ? dayOf(new Date(now), timeZone) : null;

  const [view, setView] = useState<BoardView>('day');
  // null = follow today (so the board rolls over at midnight until the user navigates away).
  // Back from the run sheets: the day they were printed for, not today.
  const [chosenDate, setChosenDate] = useState<string | null>(plannedDayToReturnTo);
  const [visible, setVisible] = useState<VisibleDays | null>(null);
  const date = chosenDate ?? today;
  // A booking toast's "Show" brings the board to the booking's day.
  useShowOnBoard(setChosenDate);

  const onStep = (direction: -1 | 1) => {
    if (date) setChosenDate(addDays(date, direction * (view === 'day' ? 1 : 7)));
  };
  const onVisibleDaysChange = useCallback((days: VisibleDays) => {
    setVisible((prev) => (prev && prev.from === days.from && prev.to === days.to ? prev : days));
  }, []);
  const isToday = visible !== null && today !== null && visible.from <= today && today <= visible.to;
  // Banners that come and go above the board keep their space while a drag is under way.
  const topRef = useRef<HTMLDivElement>(null);
  usePinnedHeight(topRef);
  // Drags start on the board (events) or in the queue (rows): both hold the layout while pressed.
  const workspaceRef = useRef<HTMLElement>(null);
  useHoldWhilePressed(workspaceRef);

  return (
    <div className={density === 'compact' ? 'app app--compact' : 'app'}>
      {/* Skip links, the queue/board/filter shortcuts and the `?` shortcut list. */}
      <KeyboardHelp />
      <AppHeader
        view={view}
        date={date}
        visible={visible}
        isToday={isToday}
        onViewChange={setView}
        onStep={onStep}
        onToday={() => setChosenDate(null)}
      />
      <div className="app-top" ref={topRef}>
        <Banners />
        <UrgentAlerts />
      </div>
      {/* Run sheets: "changed since printed" marks for the shown day, the print command. */}
      <RunSheetBoardProvider day={date}>
      <WorkspaceSplit
        workspaceRef={workspaceRef}
        board={
          <>
            <ErrorBoundary name="dispatch board">
              {date ? (
                <DispatchBoard view={view} date={date} onVisibleDaysChange={onVisibleDaysChange} />
              ) : (
                <section className="panel board" aria-label="Dispatch board">
                  <p className="board__loading">Loading the board…</p>
                </section>
              )}
            </ErrorBoundary>
            {date && view === 'day' ? <NobodyWorkingNotice day={date} onGoTo={setChosenDate} /> : null}
            <SampleOffer />
          </>
        }
        queue={
          <ErrorBoundary name="queue">
            <QueuePanel />
          </ErrorBoundary>
        }
      />
      </RunSheetBoardProvider>
      {/* Quick call: the "New job" dialog, opened by the new-job command. */}
      <NewJobDialogHost />
      {/* Job panel and assign dialog: the open-job, assign and close-panel commands. */}
      <JobDialogs />
      {/* Plan the queue: the proposed plan's summary beside the board's ghosts. */}
      <ErrorBoundary name="plan">
        <PlanPanel />
      </ErrorBoundary>
      {/* Messages to customers: the message-customer command and its dialog, over the job panel. */}
      <MessageDialogHost />
      <Notices />
    </div>
  );
}
