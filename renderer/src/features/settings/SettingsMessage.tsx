/** What a settings action says when done: a status line, or an alert when it failed. */
export type Message = { tone: 'error' | 'ok'; text: string };

export function SettingsMessage({ message }: { message: Message | null }) {
  if (!message) return null;
  return (
    <p className={message.tone === 'error' ? 'settings__error' : 'settings__ok'} role={message.tone === 'error' ? 'alert' : 'status'}>
      {message.text}
    </p>
  );
}
