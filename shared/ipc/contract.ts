/**
 * The one IPC contract. Every channel the renderer can call is listed here with the schema its
 * input must pass and the type it returns. Main's handlers, the preload's allow-list, the headless
 * host and the renderer's client are all derived from this object; nothing else defines a channel.
 */
import type { z } from 'zod';
import {
  BackupNameSchema,
  BoardRangeSchema,
  ClientInputSchema,
  ClientUpdateSchema,
  ContactInputSchema,
  ContactUpdateSchema,
  EmptyInputSchema,
  IdInputSchema,
  JobCreateSchema,
  JobStatusChangeSchema,
  JobUpdateSchema,
  ScheduleAssignSchema,
  ScheduleUnassignSchema,
  SettingsPatchSchema,
  SiteInputSchema,
  SiteUpdateSchema,
  TechnicianInputSchema,
  TechnicianUpdateSchema,
} from '../schemas/inputs';
import type { Client, Contact, Site } from '../schemas/client';
import type { Job } from '../schemas/job';
import type { Settings } from '../schemas/settings';
import type { SlaPolicy } from '../schemas/sla';
import type { Technician } from '../schemas/technician';
import type {
  AppInfo,
  BackupInfo,
  BoardData,
  DataStatus,
  Directory,
  QueueData,
  SampleLoadResult,
  ScheduleResult,
} from './outputs';

/** A channel: the schema its input must pass, and (type-only) what it returns. */
export type ChannelDef<I extends z.ZodType, O> = { readonly input: I; readonly _output?: [O] };

function channel<I extends z.ZodType>(input: I) {
  return { returns: <O>(): ChannelDef<I, O> => ({ input }) };
}

export const contract = {
  'app:info': channel(EmptyInputSchema).returns<AppInfo>(),
  'data:status': channel(EmptyInputSchema).returns<DataStatus>(),

  'board:range': channel(BoardRangeSchema).returns<BoardData>(),
  'queue:list': channel(EmptyInputSchema).returns<QueueData>(),

  'jobs:get': channel(IdInputSchema).returns<Job>(),
  'jobs:create': channel(JobCreateSchema).returns<Job>(),
  'jobs:update': channel(JobUpdateSchema).returns<Job>(),
  'jobs:status': channel(JobStatusChangeSchema).returns<Job>(),

  'schedule:assign': channel(ScheduleAssignSchema).returns<ScheduleResult>(),
  'schedule:move': channel(ScheduleAssignSchema).returns<ScheduleResult>(),
  'schedule:unassign': channel(ScheduleUnassignSchema).returns<Job>(),

  'technicians:list': channel(EmptyInputSchema).returns<Technician[]>(),
  'technicians:create': channel(TechnicianInputSchema).returns<Technician>(),
  'technicians:update': channel(TechnicianUpdateSchema).returns<Technician>(),
  'technicians:delete': channel(IdInputSchema).returns<{ id: string }>(),

  'clients:list': channel(EmptyInputSchema).returns<Directory>(),
  'clients:create': channel(ClientInputSchema).returns<Client>(),
  'clients:update': channel(ClientUpdateSchema).returns<Client>(),
  'clients:delete': channel(IdInputSchema).returns<{ id: string }>(),
  'sites:create': channel(SiteInputSchema).returns<Site>(),
  'sites:update': channel(SiteUpdateSchema).returns<Site>(),
  'sites:delete': channel(IdInputSchema).returns<{ id: string }>(),
  'contacts:create': channel(ContactInputSchema).returns<Contact>(),
  'contacts:update': channel(ContactUpdateSchema).returns<Contact>(),
  'contacts:delete': channel(IdInputSchema).returns<{ id: string }>(),

  'sla:list': channel(EmptyInputSchema).returns<SlaPolicy[]>(),

  'settings:get': channel(EmptyInputSchema).returns<Settings>(),
  'settings:set': channel(SettingsPatchSchema).returns<Settings>(),

  'sample:load': channel(EmptyInputSchema).returns<SampleLoadResult>(),
  'sample:dismiss': channel(EmptyInputSchema).returns<Settings>(),

  'backups:list': channel(EmptyInputSchema).returns<BackupInfo[]>(),
  'backups:create': channel(EmptyInputSchema).returns<BackupInfo>(),
  'backups:restore': channel(BackupNameSchema).returns<DataStatus>(),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller passes (before defaults). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (parsed, defaults applied). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = NonNullable<Contract[C]['_output']>[0];

export const channels = Object.keys(contract) as Channel[];

// The name check lives with the plain list of names so the preload can use it without zod.
export { isChannel } from './names';
