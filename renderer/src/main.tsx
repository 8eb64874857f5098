import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Placeholder until the console shell lands; replaced by the renderer work.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main>Dispatch Console</main>
  </StrictMode>,
);
