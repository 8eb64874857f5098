/** A small printer glyph; decorative (the button carries the words). */
export function PrinterIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M4 1h8v4h1.5A1.5 1.5 0 0 1 15 6.5V12h-3v3H4v-3H1V6.5A1.5 1.5 0 0 1 2.5 5H4V1zm1.5 1.5V5h5V2.5h-5zM5.5 10v3.5h5V10h-5zM12 7a.75.75 0 1 0 0 1.5A.75.75 0 0 0 12 7z"
      />
    </svg>
  );
}
