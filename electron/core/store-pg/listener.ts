/**
 * The dedicated connection that LISTENs for other desks' commits. When it drops (the server
 * restarted, the network went, an administrator ended the session) it reconnects with growing
 * pauses, and after every (re)connection asks for a catch-up: notifications sent while it was away
 * are lost, but the change numbers are not, so nothing is missed.
 */
import pg from 'pg';
import { CHANNEL } from './write';

export type ConnectionState = 'connected' | 'reconnecting' | 'unreachable';

export type ReconnectPolicy = {
  /** First pause after a drop. Default 200 ms. */
  initialMs?: number;
  /** Longest pause between attempts. Default 5 s. */
  maxMs?: number;
  /** After this long without a connection the state says `unreachable`. Default 10 s. */
  unreachableAfterMs?: number;
};

export type ListenerEvents = {
  notice(payload: string | undefined): void;
  /** Connected (again): everything committed while away must be fetched. */
  connected(): void;
  state(state: ConnectionState): void;
  warn(message: string): void;
};

export class ChangeListener {
  private client: pg.Client | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempts = 0;
  private lostAt = 0;
  private stopped = false;
  private current: ConnectionState = 'connected';

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly events: ListenerEvents,
    private readonly policy: Required<ReconnectPolicy>,
  ) {}

  get state(): ConnectionState {
    return this.current;
  }

  /** Connect for the first time; throws if that fails (the store is not opened then). */
  async start(): Promise<void> {
    await this.connect();
  }

  /** A write found the connection gone: do not wait for the socket to notice. */
  suspect(): void {
    const client = this.client;
    if (!client || this.stopped) return;
    client.query('SELECT 1').catch(() => this.lost(client));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ ...this.config, keepAlive: true });
    client.on('notification', (message) => {
      if (message.channel === CHANNEL && client === this.client) this.events.notice(message.payload);
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.attempts = 0;
    this.setState('connected');
    this.events.connected();
  }

  private lost(client: pg.Client): void {
    if (client !== this.client || this.stopped) return;
    this.client = null;
    client.end().catch(() => undefined);
    this.lostAt = Date.now();
    this.events.warn('The connection to the shared database was lost; reconnecting.');
    this.setState('reconnecting');
    this.retry();
  }

  private retry(): void {
    if (this.stopped) return;
    const pause = Math.min(this.policy.maxMs, this.policy.initialMs * 2 ** this.attempts);
    this.attempts += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.connect().catch(() => {
        if (Date.now() - this.lostAt >= this.policy.unreachableAfterMs) this.setState('unreachable');
        this.retry();
      });
    }, pause);
    this.timer.unref?.();
  }

  private setState(state: ConnectionState): void {
    if (state === this.current) return;
    this.current = state;
    this.events.state(state);
  }
}
