/**
 * A label beside the pointer while a job is dragged over the board (from the queue or from
 * another place on the board): "Liam O'Connor · Wed 09:15–10:45", the row and the snapped times
 * the drop would book. It shows only while FullCalendar draws a drag preview, follows the
 * pointer, and goes on drop or cancel. It repeats the preview for the eye, so assistive technology
 * skips it; the drop's toast says where the job went.
 */
import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { createPortal } from 'react-dom';
import { clearDragPreview, onDragPreview } from './drag-label';

/** Right of and above the pointer: the slot under it stays in view. */
const OFFSET = { x: 14, y: -30 };

/** Puts the label beside the pointer, kept inside the window whatever the pointer's corner. */
function placeLabel(el: HTMLElement | null, pointer: { x: number; y: number }): void {
  if (!el) return;
  const x = Math.min(pointer.x + OFFSET.x, window.innerWidth - el.offsetWidth - 4);
  const y = Math.max(4, pointer.y + OFFSET.y);
  el.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
}

export function DragLabel({ boardRef }: { boardRef: RefObject<HTMLElement | null> }) {
  const [text, setText] = useState('');
  const ref = useRef<HTMLDivElement>(null);
  const pointer = useRef({ x: 0, y: 0 });

  useEffect(() => {
    const previewShown = () => !!boardRef.current?.querySelector('.fc-event-mirror');
    const onMove = (e: MouseEvent) => {
      pointer.current = { x: e.clientX, y: e.clientY };
      // Off the board there is no preview, and nothing would be booked.
      if (!previewShown()) setText('');
      placeLabel(ref.current, pointer.current);
    };
    const onUp = () => {
      clearDragPreview();
      setText('');
    };
    const stop = onDragPreview((next) => {
      if (previewShown()) setText(next);
    });
    document.addEventListener('mousemove', onMove, true);
    document.addEventListener('mouseup', onUp, true);
    return () => {
      stop();
      document.removeEventListener('mousemove', onMove, true);
      document.removeEventListener('mouseup', onUp, true);
    };
  }, [boardRef]);

  // Placed as soon as it has a size.
  useEffect(() => {
    if (text) placeLabel(ref.current, pointer.current);
  }, [text]);

  if (!text) return null;
  return createPortal(
    <div ref={ref} className="drag-label" aria-hidden="true">
      {text}
    </div>,
    document.body,
  );
}
