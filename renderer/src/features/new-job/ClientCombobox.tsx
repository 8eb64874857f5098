import { forwardRef, useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { KeyboardEvent } from 'react';
import { matchClients } from '../../../../shared/domain/intake-defaults';
import type { Client } from '../../../../shared/schemas/client';

type Props = {
  clients: readonly Client[];
  value: string | null;
  onPick: (clientId: string) => void;
  /** Called, synchronously, after a pick made with Enter, so focus can move on to the next question. */
  onPicked: () => void;
  error?: string | undefined;
};

/**
 * Type-ahead over clients (ARIA combobox with a listbox): type part of the name, the best match is
 * highlighted, Enter (or Tab) takes it, arrows move.
 */
export const ClientCombobox = forwardRef<HTMLInputElement, Props>(function ClientCombobox(
  { clients, value, onPick, onPicked, error },
  ref,
) {
  const id = useId();
  const chosen = clients.find((c) => c.id === value) ?? null;
  const [text, setText] = useState(chosen?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchClients(clients, text), [clients, text]);
  const activeMatch = matches[Math.min(active, matches.length - 1)];

  const pick = (client: Client, moveOn: boolean) => {
    // Render the pick now (it enables the caller field), so focus can move on inside this key
    // press: moving it later (a frame or a timer on) would take keys already typed further down.
    flushSync(() => {
      setText(client.name);
      setOpen(false);
      onPick(client.id);
    });
    if (moveOn) onPicked();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (matches.length === 0 ? 0 : (a + step + matches.length) % matches.length));
    } else if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      if (activeMatch && (open || !chosen)) pick(activeMatch, true);
      else if (chosen) onPicked();
    } else if (e.key === 'Tab' && !e.shiftKey && open && activeMatch && text.trim() !== '') {
      // Tab takes the highlighted match too (and focus moves on as Tab always does).
      pick(activeMatch, false);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  return (
    <div className="combobox">
      <input
        ref={ref}
        id={`${id}-input`}
        className="field__input"
        role="combobox"
        aria-label="Client"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && activeMatch ? optionId(matches.indexOf(activeMatch)) : undefined}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        placeholder="Type a client name…"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={(e) => e.target.select()}
        onBlur={() => {
          setOpen(false);
          // Text that no longer names the chosen client would be misleading: show the name again.
          if (chosen) setText(chosen.name);
        }}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label="Matching clients" className="combobox__list">
          {matches.length === 0 && <li className="combobox__empty">No client matches “{text.trim()}”.</li>}
          {matches.map((c, i) => (
            <li
              key={c.id}
              id={optionId(i)}
              role="option"
              aria-selected={c === activeMatch}
              className="combobox__option"
              // mousedown, not click: it must win over the input's blur.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(c, true);
              }}
            >
              {c.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
