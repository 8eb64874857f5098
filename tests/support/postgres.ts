/**
 * A PostgreSQL server for tests. `DISPATCH_TEST_DATABASE_URL` (a server the caller runs, e.g. CI's
 * service) wins; otherwise, when the server binaries are installed (/usr/lib/postgresql/<n>/bin), a
 * throwaway cluster is made in a temp folder, started on a free port with trust auth on 127.0.0.1,
 * and stopped and deleted when the test file ends. PostgreSQL refuses to run as root, so as root the
 * cluster belongs to the `postgres` user and its commands run through `runuser`.
 *
 * Each test file gets databases of its own (`createDatabase`), so files can run in parallel. With
 * neither a URL nor binaries the PostgreSQL tests are skipped with a message, except under CI=true,
 * where a missing server fails the run: CI must really test the shared store.
 */
import { execFile } from 'node:child_process';
import { chmod, chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export type TestPostgres = {
  /** A connection string to a new, empty database of its own. */
  createDatabase(prefix?: string): Promise<string>;
  /** Stop the throwaway cluster (if this file started one) and delete its folder. */
  stop(): Promise<void>;
  /** Stop and start the server again (a throwaway cluster only; null when the server is external). */
  restart: (() => Promise<void>) | null;
};

/** Why the PostgreSQL tests cannot run here, or null when they can. */
export async function postgresUnavailable(): Promise<string | null> {
  if (process.env.DISPATCH_TEST_DATABASE_URL) return null;
  return (await findBinaries()) ? null : 'no PostgreSQL: set DISPATCH_TEST_DATABASE_URL or install the server (/usr/lib/postgresql/<n>/bin)';
}

/**
 * Whether a test file should run its PostgreSQL half: true when a server can be had; false (with a
 * message on stderr) when not; throws under CI=true, where skipping would hide a broken set-up.
 */
export async function postgresAvailable(file: string): Promise<boolean> {
  const missing = await postgresUnavailable();
  if (!missing) return true;
  if (process.env.CI === 'true') throw new Error(`${file}: CI must run the PostgreSQL tests, but ${missing}`);
  process.stderr.write(`[${file}] PostgreSQL tests skipped: ${missing}\n`);
  return false;
}

async function findBinaries(): Promise<string | null> {
  const root = '/usr/lib/postgresql';
  const versions = await readdir(root).catch(() => [] as string[]);
  const newest = versions.filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  for (const v of newest) {
    const bin = join(root, v, 'bin');
    const files = await readdir(bin).catch(() => [] as string[]);
    if (files.includes('initdb') && files.includes('pg_ctl')) return bin;
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

let counter = 0;

/** Start (or connect to) a server for one test file. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const external = process.env.DISPATCH_TEST_DATABASE_URL;
  if (external) return { createDatabase: (prefix) => createIn(external, prefix), stop: async () => undefined, restart: null };
  const bin = await findBinaries();
  if (!bin) throw new Error('PostgreSQL server binaries not found');
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(join(tmpdir(), 'dispatch-pg-'));
  const data = join(dir, 'data');
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  await chmod(dir, 0o700);
  const exec = (cmd: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]) : run(join(bin, cmd), args));
  await exec('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  // fsync off: a test cluster lives for one file; durability against power loss is PostgreSQL's job.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60 -c shared_buffers=16MB`;
  const start = () => exec('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start']);
  const stopServer = () => exec('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  await start();
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    createDatabase: (prefix) => createIn(admin, prefix),
    restart: async () => {
      await stopServer();
      await start();
    },
    stop: async () => {
      await stopServer().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function createIn(adminUrl: string, prefix = 'dispatch_test'): Promise<string> {
  counter += 1;
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
