/** A section's outcome line: a status that is read out politely, or an error that is read out at once. */
export type Note = { tone: 'ok' | 'error'; text: string } | null;

export function SettingsNote({ note }: { note: Note }) {
  if (!note) return null;
  return (
    <p className={note.tone === 'error' ? 'settings__error' : 'settings__ok'} role={note.tone === 'error' ? 'alert' : 'status'}>
      {note.text}
    </p>
  );
}
