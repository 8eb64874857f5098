import { describe, expect, it } from 'vitest';
import {
  checkConnection,
  connectionUrl,
  connectionUrlWithoutPassword,
  describeConnection,
  parseDatabaseUrl,
} from '../../../../electron/core/database/connection-url';
import type { DatabaseConnection } from '../../../../electron/core/database/connection-url';

const shop: DatabaseConnection = { host: 'db.shop.lan', port: 5432, database: 'dispatch', user: 'dispatch', password: 'p@ss:w/rd', tls: 'require' };

describe('shared database address', () => {
  it('reads every part, decoding the password', () => {
    expect(parseDatabaseUrl('postgres://dispatch:p%40ss%3Aw%2Frd@db.shop.lan/dispatch')).toEqual({ ok: true, value: shop });
    expect(parseDatabaseUrl('postgresql://sam@10.0.0.5:6543/shop_db?sslmode=verify-full&sslrootcert=/etc/ca.pem')).toEqual({
      ok: true,
      value: { host: '10.0.0.5', port: 6543, database: 'shop_db', user: 'sam', password: '', tls: 'verify-full', caFile: '/etc/ca.pem' },
    });
  });

  it('defaults to TLS for a server elsewhere and to none on this computer', () => {
    expect(parseDatabaseUrl('postgres://u@db.shop.lan/d')).toMatchObject({ value: { tls: 'require' } });
    expect(parseDatabaseUrl('postgres://u@127.0.0.1/d')).toMatchObject({ value: { tls: 'disable' } });
    expect(parseDatabaseUrl('postgres://u@localhost/d?sslmode=require')).toMatchObject({ value: { tls: 'require' } });
  });

  it.each([
    ['not a url', /must look like postgres:\/\//],
    ['http://u@h/d', /must start with postgres:\/\//],
    ['postgres://u@h/', /Name the database/],
    ['postgres://@h/d', /Name the database user/],
    ['postgres://u@h/d?sslmode=allow', /sslmode must be disable, require or verify-full/],
    ['postgres://u@h/d?sslmode=verify-full', /needs the CA certificate/],
    ['postgres://u@h/d?application_name=x', /unknown setting "application_name"/],
  ])('refuses %j', (text, message) => {
    expect(parseDatabaseUrl(text)).toEqual({ ok: false, message: expect.stringMatching(message) });
  });

  it('checks the form’s parts one by one', () => {
    expect(checkConnection({ ...shop, port: 0 })).toMatchObject({ ok: false, message: /port/ });
    expect(checkConnection({ ...shop, host: 'bad host' })).toMatchObject({ ok: false, message: /host name/ });
    expect(checkConnection(shop)).toEqual({ ok: true, value: shop });
  });

  it('describes the connection without its password and round-trips the URL', () => {
    expect(describeConnection(shop)).toBe('dispatch@db.shop.lan:5432/dispatch (TLS require)');
    expect(connectionUrlWithoutPassword(shop)).not.toContain('p%40ss');
    expect(parseDatabaseUrl(connectionUrl(shop))).toEqual({ ok: true, value: shop });
    expect(parseDatabaseUrl(connectionUrl({ ...shop, password: '' }))).toEqual({ ok: true, value: { ...shop, password: '' } });
  });
});
