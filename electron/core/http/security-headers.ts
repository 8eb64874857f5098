/**
 * Headers every response of the headless host carries, whatever route answered it.
 */
import type { ServerResponse } from 'node:http';

/**
 * The policy of `renderer/index.html`'s CSP meta tag, verbatim (a unit test keeps the two equal).
 * Sending it as a header as well means it applies before the first byte of HTML is parsed and to
 * responses that are not HTML at all.
 */
export const RENDERER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * The header adds `frame-ancestors 'none'`, which a meta tag cannot express: no other site may frame
 * the console (clickjacking a dispatcher into dragging jobs). Same intent as `X-Frame-Options: DENY`,
 * which older browsers understand.
 */
export const CONTENT_SECURITY_POLICY = `${RENDERER_CSP}; frame-ancestors 'none'`;

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // Never let a browser guess a script out of a JSON body or a text file.
  'X-Content-Type-Options': 'nosniff',
  // The page URL carries the session token in its fragment until the renderer strips it; fragments
  // are never sent as referrers, but nothing else about the console needs to leak either.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  // A window the console opens (or that opened it) gets no handle on it.
  'Cross-Origin-Opener-Policy': 'same-origin',
  // Other origins cannot embed our scripts or JSON as no-cors subresources.
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Set the security headers on a response before anything else is written. */
export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
