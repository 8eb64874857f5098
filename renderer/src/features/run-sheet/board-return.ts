/**
 * The day the board was planning when the run sheets were opened. The board is unmounted while
 * the sheets are shown (so nothing of its layout prints) and would come back on today; "Back to
 * the board" (or the browser's Back) must return to the day being planned instead.
 */
let plannedDay: string | null = null;

/** The run-sheet view remembers its day while it is shown. */
export function rememberPlannedDay(day: string): void {
  plannedDay = day;
}

/** The day the board opens on when it mounts: the one the sheets were for, else null (today). */
export function plannedDayToReturnTo(): string | null {
  return plannedDay;
}
