import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl, originOf, resolveRendererLocation } from '../../../electron/main/app-origin';

describe('originOf', () => {
  it('gives scheme://host[:port], also for the custom app: scheme', () => {
    expect(originOf('app://dispatch/index.html')).toBe('app://dispatch');
    expect(originOf('http://localhost:5173/x?y')).toBe('http://localhost:5173');
    expect(originOf('HTTPS://Example.COM/')).toBe('https://example.com');
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'about:blank', '', 'nonsense'])('is null for %j', (url) => {
    expect(originOf(url)).toBeNull();
  });

  it('isAppUrl compares whole origins, not prefixes', () => {
    expect(isAppUrl('app://dispatch/index.html', [APP_ORIGIN])).toBe(true);
    expect(isAppUrl('app://dispatchx/index.html', [APP_ORIGIN])).toBe(false);
    expect(isAppUrl('app://dispatch.evil.example/', [APP_ORIGIN])).toBe(false);
  });
});

describe('resolveRendererLocation', () => {
  it('serves the app: protocol in a packaged app, ignoring ELECTRON_RENDERER_URL', () => {
    expect(resolveRendererLocation({ isPackaged: true, devServerUrl: 'http://localhost:5173/' })).toEqual({
      url: APP_ENTRY_URL,
      allowedOrigins: [APP_ORIGIN],
      servesAppProtocol: true,
    });
  });

  it('uses a local dev server when unpackaged', () => {
    expect(resolveRendererLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173/' })).toEqual({
      url: 'http://localhost:5173/',
      allowedOrigins: ['http://localhost:5173'],
      servesAppProtocol: false,
    });
  });

  it('refuses a non-local dev server URL', () => {
    expect(resolveRendererLocation({ isPackaged: false, devServerUrl: 'https://evil.example/' }).url).toBe(APP_ENTRY_URL);
    expect(resolveRendererLocation({ isPackaged: false, devServerUrl: undefined }).url).toBe(APP_ENTRY_URL);
  });
});
