import { PrinterIcon } from './PrinterIcon';
import { useRunSheetBoard } from './RunSheetBoardProvider';
import { useRowDensity } from '../../app/row-density';

/**
 * In a technician's row label: "Changed since printed" (with what changed as its tooltip and for
 * screen readers) while their printed sheet for the board's day is stale, and a button that opens
 * just their run sheet for printing.
 */
export function TechnicianPrintControls({ technicianId, name }: { technicianId: string; name: string }) {
  const board = useRunSheetBoard();
  const compact = useRowDensity() === 'compact';
  if (!board) return null;
  const stale = board.stale.get(technicianId);
  const summary = stale ? stale.changes.map((c) => c.text).join('; ') : '';
  return (
    <span className="tech-print">
      {stale && (
        <span className="tech-print__stale" title={`Changed since printed: ${summary}`} data-testid="changed-since-printed">
          {/* Compact rows are one line: there the badge is its ⚠ alone, the words for screen readers. */}
          <span className={compact ? 'visually-hidden' : undefined}>Changed since printed</span>
          <span className="visually-hidden">: {summary}</span>
        </span>
      )}
      <button
        type="button"
        className="tech-print__button"
        title={`Print ${name}'s run sheet`}
        aria-label={`Print ${name}'s run sheet`}
        onClick={(e) => {
          // The row label sits inside FullCalendar's resource cell; keep the click to ourselves.
          e.stopPropagation();
          board.open([technicianId]);
        }}
      >
        <PrinterIcon />
      </button>
    </span>
  );
}
