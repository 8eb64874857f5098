/**
 * The security-relevant settings of every window we create, in one constant so a test can assert
 * each value and a review can see them at a glance. Why each one: docs/security.md.
 */
import type { WebPreferences } from 'electron';

export const SECURE_WEB_PREFERENCES = Object.freeze({
  // The page and the preload run in separate JavaScript worlds; the page sees only the bridge.
  contextIsolation: true,
  // Renderer is a Chromium-sandboxed process; the preload gets no Node, only `electron`'s renderer APIs.
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  // Same-origin policy and mixed-content blocking stay on.
  webSecurity: true,
  allowRunningInsecureContent: false,
  // No <webview>: it would be a second, less controlled browser inside the window.
  webviewTag: false,
  experimentalFeatures: false,
  // Dispatch notes hold client names and addresses; the spellchecker would be noise (and a
  // dictionary download).
  spellcheck: false,
  // A file dropped on the window must not navigate it away from the app.
  navigateOnDragDrop: false,
  // A page that loops alert() cannot lock the dispatcher out.
  safeDialogs: true,
} as const satisfies WebPreferences);

/** `SECURE_WEB_PREFERENCES` plus the absolute path of the built preload (out/preload/index.cjs). */
export function mainWindowWebPreferences(preloadPath: string): WebPreferences {
  return { ...SECURE_WEB_PREFERENCES, preload: preloadPath };
}
