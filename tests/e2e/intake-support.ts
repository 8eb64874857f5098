/**
 * Helpers for the intake API tests: the intake URL and token the host printed, and a POST helper
 * that returns status, headers and the parsed JSON answer.
 */
import type { Host } from './fixtures';

const INTAKE_LINE = /^Intake API: POST (http:\/\/127\.0\.0\.1:\d+\/api\/v1\/jobs) \(token ([A-Za-z0-9_-]+)\)$/m;

export type Intake = { url: string; token: string };

/** The intake endpoint and token from the line the host printed at start. */
export function intakeOf(host: Host): Intake {
  const match = INTAKE_LINE.exec(host.output());
  if (!match) throw new Error(`The host did not print its intake line:\n${host.output()}`);
  return { url: match[1]!, token: match[2]! };
}

export type Answer = { status: number; headers: Headers; json: { ok: boolean; created?: boolean; job?: { id: string; number: string; status: string }; error?: { code: string; message: string; issues?: { path: string; message: string }[] } } };

/** POST a body (object → JSON, string → as is) with the intake token unless headers override it. */
export async function postJob(intake: Intake, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(intake.url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${intake.token}`, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Answer['json'] };
}

/** The first client of the sample shop, by name. */
export async function firstClientName(host: Host): Promise<string> {
  const directory = await host.call('clients:list', {});
  if (!directory.ok || !directory.value.clients[0]) throw new Error('The sample shop has no clients.');
  return directory.value.clients[0].name;
}

/**
 * Raise the intake limits (settings → intake → limits) to their maximum, for a test that measures
 * a burst far beyond what a shop's defaults allow.
 */
export async function raiseIntakeLimits(host: Host): Promise<void> {
  const settings = await host.call('settings:get', {});
  if (!settings.ok) throw new Error(settings.error.message);
  const limits = { jobsPerMinute: 100_000, jobBurst: 100_000, requestsPerMinute: 1_000_000, kibPerMinute: 1_000_000, kibBurst: 1_000_000 };
  const set = await host.call('settings:set', { intake: { ...settings.value.intake, limits } });
  if (!set.ok) throw new Error(set.error.message);
}
