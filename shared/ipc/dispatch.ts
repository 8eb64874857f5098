/**
 * The one path from an untrusted call to a handler: check the channel, parse the input, run the
 * handler, wrap the outcome as a Result. Used by Electron's ipcMain registration and by the
 * headless host alike, so both refuse and report bad calls identically.
 */
import type { z } from 'zod';
import { contract, isChannel } from './contract';
import type { Channel, Output, ParsedInput } from './contract';
import { AppError, fail, ok } from './result';
import type { Result } from './result';
import { describeIssues, toFieldIssues } from '../schemas/issues';

/** Every channel must have a handler: a missing one is a compile error where this type is used. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> | Output<C> };

export type DispatchLog = (message: string, error: unknown) => void;

export async function dispatch(
  handlers: Handlers,
  channelName: unknown,
  rawInput: unknown,
  log: DispatchLog = () => {},
): Promise<Result<unknown>> {
  if (!isChannel(channelName)) {
    return fail('FORBIDDEN', `Unknown channel "${String(channelName).slice(0, 80)}".`);
  }
  const name: Channel = channelName;
  const parsed = (contract[name].input as z.ZodType).safeParse(rawInput);
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error);
    return fail('BAD_INPUT', `Invalid input for ${name}: ${describeIssues(issues)}`, { issues });
  }
  try {
    const handler = handlers[name] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, error: { code: error.code, message: error.message, issues: error.issues, details: error.details } };
    }
    log(`Handler for ${name} failed`, error);
    return fail('INTERNAL', `Something went wrong while handling ${name}. The change was not saved.`);
  }
}
