import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent, ReactNode, RefObject } from 'react';
import { MAX_BOARD_SHARE, MIN_BOARD_SHARE, clampShare, setLayoutPrefs, shareAfterKey, useLayoutPrefs } from './layout-prefs';

const BOARD_ID = 'workspace-board';

/**
 * How tall the board's content is (its header and every row), or null before it is drawn. The
 * calendar fills whatever height it is given; the board gives the space under its last row to the
 * queue instead, so this is what it needs at most.
 */
function useBoardContentHeight(boardRef: RefObject<HTMLElement | null>): number | null {
  const [height, setHeight] = useState<number | null>(null);
  useEffect(() => {
    const root = boardRef.current;
    if (!root || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const panel = root.querySelector<HTMLElement>('.board');
      const body = root.querySelector<HTMLElement>('.fc-datagrid-body');
      const scroller = body?.closest<HTMLElement>('.fc-scroller');
      if (!panel || !body || !scroller) return setHeight(null);
      // Everything but the rows' scroll area, plus the rows' full height.
      const chrome = panel.getBoundingClientRect().height - scroller.clientHeight;
      setHeight(Math.ceil(chrome + body.getBoundingClientRect().height));
    };
    const observer = new ResizeObserver(measure);
    const watch = () => {
      observer.disconnect();
      observer.observe(root);
      const body = root.querySelector('.fc-datagrid-body');
      if (body) observer.observe(body);
    };
    // The calendar's tables are replaced when the view changes: follow them.
    const mutations = new MutationObserver(() => {
      watch();
      measure();
    });
    mutations.observe(root, { childList: true, subtree: true });
    watch();
    return () => {
      observer.disconnect();
      mutations.disconnect();
    };
  }, [boardRef]);
  return height;
}

/**
 * The workspace: the board above the queue with a separator between them that the dispatcher can
 * drag or move with the keyboard (a WAI-ARIA window splitter). The split is remembered per window.
 * The board never takes more than its rows need: below its last technician the queue has the room.
 */
export function WorkspaceSplit({ board, queue, workspaceRef }: { board: ReactNode; queue: ReactNode; workspaceRef: RefObject<HTMLElement | null> }) {
  const { boardShare } = useLayoutPrefs();
  const boardRef = useRef<HTMLDivElement>(null);
  const content = useBoardContentHeight(boardRef);
  const drag = useRef<{ top: number; height: number } | null>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const next = shareAfterKey(boardShare, event.key);
    if (next === null) return;
    event.preventDefault();
    setLayoutPrefs({ boardShare: next });
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const area = workspaceRef.current?.getBoundingClientRect();
    if (!area || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { top: area.top, height: area.height };
  };
  const onPointerMove = useCallback((event: PointerEvent<HTMLDivElement>) => {
    const at = drag.current;
    if (!at) return;
    setLayoutPrefs({ boardShare: clampShare(((event.clientY - at.top) / at.height) * 100) });
  }, []);
  const onPointerUp = () => {
    drag.current = null;
  };

  // The board's track: its share of the workspace, but no taller than its content.
  const boardTrack = content === null ? `${boardShare}%` : `min(${boardShare}%, ${content}px)`;
  return (
    <main className="workspace" ref={workspaceRef} style={{ gridTemplateRows: `minmax(120px, ${boardTrack}) auto minmax(160px, 1fr)` }}>
      <div className="workspace__board" id={BOARD_ID} ref={boardRef}>
        {board}
      </div>
      <div
        className="workspace__separator"
        role="separator"
        tabIndex={0}
        aria-label="Board and queue sizes"
        aria-orientation="horizontal"
        aria-controls={BOARD_ID}
        aria-valuenow={boardShare}
        aria-valuemin={MIN_BOARD_SHARE}
        aria-valuemax={MAX_BOARD_SHARE}
        aria-valuetext={`Board ${boardShare} %, queue ${100 - boardShare} %`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      />
      {queue}
    </main>
  );
}
