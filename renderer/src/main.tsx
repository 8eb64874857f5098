import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { invoke, on, onConnectionChange, onReachabilityChange } from './api/client';
import { App } from './app/App';
import { CommandsProvider } from './commands/CommandsProvider';
import { WithRunSheetRoute } from './features/run-sheet/RunSheetRoute';
import { nextFrame } from './lib/next-frame';
import { createConsoleStore } from './state/console-store';
import { ConsoleProvider } from './state/ConsoleProvider';
import './styles/base.css';
import './styles/focus-rings.css';

// The composition root of the renderer: one store over the real client, then the shell.
const store = createConsoleStore({ invoke, on, onReachabilityChange, onConnectionChange, frame: nextFrame });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConsoleProvider store={store}>
      <CommandsProvider>
        {/* `#/run-sheets?day=…` shows the printable run sheets instead of the board. */}
        <WithRunSheetRoute>
          <App />
        </WithRunSheetRoute>
      </CommandsProvider>
    </ConsoleProvider>
  </StrictMode>,
);
