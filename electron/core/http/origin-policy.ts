/**
 * Which `Host` and `Origin` headers the headless host accepts. Decided once the server knows its
 * real port (port 0 binds any free one).
 */

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::', '[::]', '']);

export type OriginPolicy = {
  /** `http://<host>:<port>` as a browser on this computer would reach the server. */
  readonly ownOrigin: string;
  /** Is `Host` one of our own names? Always true for a server exposed to the network on purpose. */
  isAllowedHost(hostHeader: string | undefined): boolean;
  /** Is `Origin` (present) our own origin, or a loopback spelling of it? */
  isAllowedOrigin(origin: string, hostHeader: string | undefined): boolean;
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

/**
 * Build the policy for a server bound to `bindHost:port`.
 *
 * On loopback, `Host` must name a loopback address with our port. That defeats DNS rebinding (an
 * attacker's page whose domain suddenly resolves to 127.0.0.1 sends its own name as `Host`): such a
 * page could otherwise at least read our static files. The API additionally needs the token.
 *
 * `Origin` must be our own origin when present. `localhost` and `127.0.0.1` (and `[::1]`) are the
 * same server for the same port, so all count as ours. On a wildcard bind the server cannot know
 * which of the computer's names the browser used, so the origin must match the request's own `Host`.
 */
export function createOriginPolicy(bindHost: string, port: number): OriginPolicy {
  const loopback = isLoopbackHost(bindHost);
  const wildcard = isWildcardHost(bindHost);
  const ownHost = wildcard ? '127.0.0.1' : urlHost(bindHost.toLowerCase());
  const loopbackHosts = LOOPBACK_HOSTS.map((h) => `${h}:${port}`);
  const ownHosts = new Set(loopback || wildcard ? loopbackHosts : [`${ownHost}:${port}`]);

  return {
    ownOrigin: `http://${ownHost}:${port}`,
    isAllowedHost(hostHeader) {
      if (!loopback) return true;
      return hostHeader !== undefined && ownHosts.has(hostHeader.toLowerCase());
    },
    isAllowedOrigin(origin, hostHeader) {
      const o = origin.toLowerCase();
      // `Origin: null` comes from sandboxed frames, file: pages and some redirects: never ours.
      if (!o.startsWith('http://')) return false;
      const host = o.slice('http://'.length);
      if (ownHosts.has(host)) return true;
      return wildcard && hostHeader !== undefined && host === hostHeader.toLowerCase() && host.endsWith(`:${port}`);
    },
  };
}
