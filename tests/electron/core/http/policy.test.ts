import { describe, expect, it } from 'vitest';
import { allowedHostNames, createOriginPolicy, isLoopbackHost } from '../../../../electron/core/http/origin-policy';
import { bearerToken, generateSessionToken, isValidSessionToken, offeredProtocols, subprotocolToken, tokensEqual } from '../../../../electron/core/http/session-token';

describe('origin policy', () => {
  it('on loopback accepts only loopback names with our port', () => {
    const p = createOriginPolicy('127.0.0.1', 4780);
    expect(p.ownOrigin).toBe('http://127.0.0.1:4780');
    expect(p.isAllowedHost('127.0.0.1:4780')).toBe(true);
    expect(p.isAllowedHost('LOCALHOST:4780')).toBe(true);
    expect(p.isAllowedHost('[::1]:4780')).toBe(true);
    expect(p.isAllowedHost('127.0.0.1:4781')).toBe(false);
    expect(p.isAllowedHost('evil.example:4780')).toBe(false);
    expect(p.isAllowedHost(undefined)).toBe(false);
    expect(p.isAllowedOrigin('http://localhost:4780', undefined)).toBe(true);
    expect(p.isAllowedOrigin('http://localhost:4781', undefined)).toBe(false);
    expect(p.isAllowedOrigin('https://localhost:4780', undefined)).toBe(false);
    expect(p.isAllowedOrigin('null', undefined)).toBe(false);
  });

  it('on a wildcard bind answers only to the names it was given, never to any Host', () => {
    const machine = { hostname: 'dispatch-pc', addresses: ['127.0.0.1', '192.168.1.5', 'fe80::1'] };
    const p = createOriginPolicy('0.0.0.0', 4780, allowedHostNames('0.0.0.0', [], machine));
    expect(p.ownOrigin).toBe('http://127.0.0.1:4780');
    expect(p.isAllowedHost('dispatch-pc:4780')).toBe(true);
    expect(p.isAllowedHost('192.168.1.5:4780')).toBe(true);
    expect(p.isAllowedHost('[fe80::1]:4780')).toBe(true);
    expect(p.isAllowedHost('localhost:4780')).toBe(true);
    // DNS rebinding: the attacker's name resolves to us, but it is not one of ours.
    expect(p.isAllowedHost('evil.example:4780')).toBe(false);
    expect(p.isAllowedOrigin('http://evil.example:4780', 'evil.example:4780')).toBe(false);
    expect(p.isAllowedOrigin('http://192.168.1.5:4780', '192.168.1.5:4780')).toBe(true);
    expect(p.isAllowedOrigin('http://dispatch-pc.lan:4780', 'dispatch-pc.lan:4780')).toBe(false);
  });

  it('takes an explicit list of names (--allow-host) instead of guessing on a wildcard bind', () => {
    const names = allowedHostNames('0.0.0.0', ['Dispatch-PC.lan'], { hostname: 'dispatch-pc', addresses: ['192.168.1.5'] });
    expect(names).toEqual(['127.0.0.1', 'localhost', '[::1]', 'dispatch-pc.lan']);
    const p = createOriginPolicy('0.0.0.0', 4780, names);
    expect(p.isAllowedHost('dispatch-pc.lan:4780')).toBe(true);
    expect(p.isAllowedOrigin('http://dispatch-pc.lan:4780')).toBe(true);
    expect(p.isAllowedHost('192.168.1.5:4780')).toBe(false);
    expect(p.isAllowedHost('dispatch-pc.lan:4781')).toBe(false);
  });

  it('on a named interface answers to that address and the loopback names, plus any extra names', () => {
    const p = createOriginPolicy('192.168.1.5', 4780, allowedHostNames('192.168.1.5', [], { hostname: 'x', addresses: ['10.0.0.9'] }));
    expect(p.isAllowedHost('192.168.1.5:4780')).toBe(true);
    expect(p.isAllowedOrigin('http://192.168.1.5:4780', '192.168.1.5:4780')).toBe(true);
    expect(p.isAllowedHost('10.0.0.9:4780')).toBe(false);
    expect(p.isAllowedHost('evil.example:4780')).toBe(false);
    const withName = createOriginPolicy('192.168.1.5', 4780, allowedHostNames('192.168.1.5', ['dispatch.shop.example'], { hostname: 'x', addresses: [] }));
    expect(withName.isAllowedOrigin('http://dispatch.shop.example:4780')).toBe(true);
  });

  it('accepts a Host without port on port 80, where browsers leave it out', () => {
    const p = createOriginPolicy('127.0.0.1', 80);
    expect(p.isAllowedHost('localhost')).toBe(true);
    expect(p.isAllowedOrigin('http://localhost')).toBe(true);
    expect(p.isAllowedHost('evil.example')).toBe(false);
  });

  it('knows the loopback names', () => {
    expect(['127.0.0.1', 'localhost', '::1', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '192.168.1.5', '::'].some(isLoopbackHost)).toBe(false);
  });
});

describe('session token', () => {
  it('generates 32 random bytes as base64url that pass its own shape check', () => {
    const a = generateSessionToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(isValidSessionToken(a)).toBe(true);
    expect(generateSessionToken()).not.toBe(a);
    expect(isValidSessionToken('short')).toBe(false);
    expect(isValidSessionToken('has space in it 0123456789')).toBe(false);
  });

  it('compares whole tokens only', () => {
    expect(tokensEqual('abcdefghijklmnop', 'abcdefghijklmnop')).toBe(true);
    expect(tokensEqual('abcdefghijklmnop', 'abcdefghijklmno')).toBe(false);
    expect(tokensEqual('abcdefghijklmnop', '')).toBe(false);
    expect(tokensEqual('abcdefghijklmnop', null)).toBe(false);
  });

  it('reads the bearer header and the token subprotocol', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
    const offered = offeredProtocols('dispatch.v1, token.abc');
    expect(offered).toEqual(['dispatch.v1', 'token.abc']);
    expect(subprotocolToken(offered)).toBe('abc');
    expect(subprotocolToken(['dispatch.v1'])).toBeNull();
  });
});
