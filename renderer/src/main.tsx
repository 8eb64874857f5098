import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { invoke, on, onConnectionChange, onReachabilityChange } from './api/client';
import { App } from './app/App';
import { CommandsProvider } from './commands/CommandsProvider';
import { WithRunSheetRoute } from './features/run-sheet/RunSheetRoute';
import { WithCloseOutRoute } from './features/close-out/CloseOutRoute';
import { WithStatementRoute } from './features/billing/StatementRoute';
import { WithReportsRoute } from './features/reports/ReportsRoute';
import { nextFrame } from './lib/next-frame';
import { pacedFrames } from './lib/paced-frames';
import { createConsoleStore } from './state/console-store';
import { ConsoleProvider } from './state/ConsoleProvider';
import './styles/base.css';
import './styles/focus-rings.css';

// Pushed job changes apply at most this often (see paced-frames.ts): a lone change still shows on
// the next frame.
const DELTA_GAP_MS = 100;

// The composition root of the renderer: one store over the real client, then the shell.
const store = createConsoleStore({ invoke, on, onReachabilityChange, onConnectionChange, frame: pacedFrames(nextFrame, DELTA_GAP_MS) });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConsoleProvider store={store}>
      <CommandsProvider>
        {/* `#/run-sheets?day=…` shows the printable run sheets instead of the board. */}
        <WithRunSheetRoute>
          {/* `#/close-out?day=…` shows the close-out grid instead of the board. */}
          <WithCloseOutRoute>
            {/* `#/statement?client=…` shows a client's printable billing statement. */}
            <WithStatementRoute>
              {/* `#/reports?report=…` shows the Reports view (also the desktop app's Reports window). */}
              <WithReportsRoute>
                <App />
              </WithReportsRoute>
            </WithStatementRoute>
          </WithCloseOutRoute>
        </WithRunSheetRoute>
      </CommandsProvider>
    </ConsoleProvider>
  </StrictMode>,
);
