/**
 * Which `Host` and `Origin` headers the headless host accepts. Decided once the server knows its
 * real port (port 0 binds any free one).
 */

import { hostname, networkInterfaces } from 'node:os';

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]', '']);

export type OriginPolicy = {
  /** `http://<host>:<port>` as a browser on this computer would reach the server. */
  readonly ownOrigin: string;
  /** The names (`host:port`) `Host` and `Origin` may carry, for the start-up message. */
  readonly allowedHosts: readonly string[];
  /** Is `Host` one of the allowed names with our port? */
  isAllowedHost(hostHeader: string | undefined): boolean;
  /** Is `Origin` (present) `http://` plus one of the allowed names with our port? */
  isAllowedOrigin(origin: string, hostHeader?: string | undefined): boolean;
};

/** `::1` → `[::1]`: how a host appears in a URL or a `Host` header. */
export function urlHost(host: string): string {
  return host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
}

/** 127.0.0.1, localhost or ::1, in any of their spellings. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.includes(urlHost(host.toLowerCase()));
}

/** 0.0.0.0 or :: (every interface). */
export function isWildcardHost(host: string): boolean {
  return WILDCARD_HOSTS.has(host);
}

/** This computer's names as other computers may address it: host name and interface addresses. */
export type MachineNames = { hostname: string; addresses: readonly string[] };

export function localMachineNames(): MachineNames {
  const addresses = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address));
  return { hostname: hostname(), addresses };
}

/**
 * The names a server bound to `bindHost` answers to. Always the loopback names; a named interface
 * adds itself; `extra` (the user's `--allow-host` list) adds names such as a DNS name or a
 * reverse proxy's. On a wildcard bind without `extra`, the computer's own host name and interface
 * addresses: the server cannot know which of them a browser uses, but it can know they are ours.
 */
export function allowedHostNames(bindHost: string, extra: readonly string[], machine: MachineNames): string[] {
  const names = [...LOOPBACK_HOSTS];
  if (!isWildcardHost(bindHost) && !isLoopbackHost(bindHost)) names.push(bindHost);
  if (extra.length > 0) names.push(...extra);
  else if (isWildcardHost(bindHost)) names.push(machine.hostname, `${machine.hostname}.local`, ...machine.addresses);
  return [...new Set(names.filter((n) => n !== '').map((n) => urlHost(n.toLowerCase())))];
}

/**
 * Build the policy for a server bound to `bindHost:port` that answers to `names` (see
 * `allowedHostNames`; default: the loopback names plus a named bind address).
 *
 * `Host` must be one of the names with our port. That defeats DNS rebinding (an attacker's page
 * whose domain suddenly resolves to our address sends its own name as `Host`): such a page could
 * otherwise at least read our static files. This holds on every interface, not only on loopback:
 * a server exposed to the network answers to the names it was given, never to any name at all.
 *
 * `Origin` must be `http://` plus one of the same names when present. The API additionally needs
 * the token.
 */
export function createOriginPolicy(bindHost: string, port: number, names: readonly string[] = allowedHostNames(bindHost, [], { hostname: '', addresses: [] })): OriginPolicy {
  const ownHost = isWildcardHost(bindHost) ? '127.0.0.1' : urlHost(bindHost.toLowerCase());
  const allowed = names.map((n) => `${urlHost(n.toLowerCase())}:${port}`);
  // Browsers leave out the default port: `Host: name` means name:80.
  const accepted = new Set(port === 80 ? [...allowed, ...names.map((n) => urlHost(n.toLowerCase()))] : allowed);

  return {
    ownOrigin: `http://${ownHost}:${port}`,
    allowedHosts: allowed,
    isAllowedHost(hostHeader) {
      return hostHeader !== undefined && accepted.has(hostHeader.toLowerCase());
    },
    isAllowedOrigin(origin) {
      const o = origin.toLowerCase();
      // `Origin: null` comes from sandboxed frames, file: pages and some redirects: never ours.
      if (!o.startsWith('http://')) return false;
      return accepted.has(o.slice('http://'.length));
    },
  };
}
