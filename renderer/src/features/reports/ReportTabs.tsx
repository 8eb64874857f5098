import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { REPORT_KINDS, REPORT_TITLES } from '../../../../shared/ipc/reports-route';
import type { ReportKind } from '../../../../shared/ipc/reports-route';

type Props = { current: ReportKind; onChoose: (kind: ReportKind) => void; panelId: string };

export const tabId = (kind: ReportKind) => `report-tab-${kind}`;

/**
 * The seven reports as tabs (the WAI-ARIA tabs pattern): one tab stop, arrow keys and Home/End move
 * between them and show the report (automatic activation; each report loads on its own).
 */
export function ReportTabs({ current, onChoose, panelId }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const at = REPORT_KINDS.indexOf(current);
    const next =
      event.key === 'ArrowRight' ? (at + 1) % REPORT_KINDS.length
      : event.key === 'ArrowLeft' ? (at - 1 + REPORT_KINDS.length) % REPORT_KINDS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? REPORT_KINDS.length - 1
      : null;
    if (next === null) return;
    event.preventDefault();
    const kind = REPORT_KINDS[next] as ReportKind;
    onChoose(kind);
    list.current?.querySelector<HTMLButtonElement>(`#${tabId(kind)}`)?.focus();
  };
  return (
    <div ref={list} className="report-tabs" role="tablist" aria-label="Reports" onKeyDown={onKeyDown}>
      {REPORT_KINDS.map((kind) => (
        <button
          key={kind}
          id={tabId(kind)}
          type="button"
          role="tab"
          className="report-tabs__tab"
          aria-selected={kind === current}
          aria-controls={panelId}
          tabIndex={kind === current ? 0 : -1}
          onClick={() => onChoose(kind)}
        >
          {REPORT_TITLES[kind]}
        </button>
      ))}
    </div>
  );
}
