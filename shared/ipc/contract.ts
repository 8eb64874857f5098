/**
 * The one IPC contract. Every channel the renderer can call is listed here with the schema its
 * input must pass and the type it returns. Main's handlers, the preload's allow-list, the headless
 * host and the renderer's client are all derived from this object; nothing else defines a channel.
 */
import type { z } from 'zod';
import {
  AlertsAckSchema,
  AlertsSnoozeSchema,
  ArchiveSearchSchema,
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
  JobRespondSchema,
  JobUpdateSchema,
  RunSheetsPrintSchema,
  RunSheetsQuerySchema,
  RunSheetsStatusSchema,
  ScheduleAssignSchema,
  ScheduleRestoreSchema,
  ScheduleSuggestSchema,
  ScheduleUnassignSchema,
  SettingsPatchSchema,
  SiteInputSchema,
  SiteUpdateSchema,
  TechnicianInputSchema,
  TechnicianUpdateSchema,
} from '../schemas/inputs';
import type { Client, Contact, Site } from '../schemas/client';
import { PlannerAcceptSchema, PlannerCancelSchema, PlannerProposeSchema, PlannerRestoreSchema } from '../schemas/planner-inputs';
import type { PlanAccepted, PlanOutcome } from './planner-outputs';
import type { AlertsSnapshot } from '../domain/alerts';
import type { Job } from '../schemas/job';
import type { Settings } from '../schemas/settings';
import type { SlaPolicy } from '../schemas/sla';
import { SlaPolicyInputSchema } from '../schemas/sla';
import type { Technician } from '../schemas/technician';
import { ImportBatchSchema } from '../import/schemas';
import { PartsSetSchema, VisitsDaySchema, VisitsSaveSchema } from '../schemas/visit-inputs';
import type { Part } from '../schemas/visit';
import { RememberMappingSchema } from '../schemas/import-mapping';
import { CalendarExportSchema, CalendarFeedInputSchema, HolidayRegionsQuerySchema, HolidaysQuerySchema } from '../schemas/calendar';
import type { CalendarExportResult, CalendarFeedIssued, CalendarFeedsData, HolidayOption, HolidayPlace } from '../calendar/types';
import { MaintenancePlanCreateSchema, MaintenancePlanUpdateSchema, OccurrenceChangeSchema } from '../schemas/maintenance';
import type { MaintenancePlan } from '../schemas/maintenance';
import type { MaintenancePlanView } from '../domain/maintenance';
import {
  BillingClientPeriodSchema,
  BillingClientSchema,
  BillingCreateBatchSchema,
  BillingCreditSchema,
  BillingPeriodSchema,
  BillingPrintSchema,
  BillingTopUpSchema,
} from '../schemas/billing-inputs';
import type { BillingBatch } from '../schemas/billing';
import { DemandReportInputSchema, RepeatsReportInputSchema, ReportRangeSchema } from '../schemas/report-inputs';
import type { BalanceReport, BacklogReport, DemandReport, IncomeReport, RepeatsReport, SlaReport, TechniciansReport } from '../reports/types';
import { ReportsPrintSchema, ReportsWindowSchema } from '../schemas/report-page-inputs';
import { DatabaseExportSchema, DatabaseSaveSchema, DatabaseTestSchema } from '../database/io';
import type { DatabaseSettingsView, DatabaseTestResult, ShopMoveResult } from '../database/io';
import type { BillingOverview, BillingStatement, ClientBilling, ClientBillingStatus } from '../billing/reports';
import type { ImportCommitResult, ImportValidation } from '../import/schemas';
import { MessagesComposeSchema, MessagesConfigureSchema, MessagesSendSchema, MessagesTestSchema } from '../messages/io';
import type { ComposedMessage, MessageSendResult, MessageSettingsView, SendOutcome } from '../messages/io';
import type {
  AppInfo,
  ArchivedJob,
  ArchiveSearchResult,
  BackupInfo,
  BoardData,
  CloseOutDay,
  DataStatus,
  Directory,
  QueueData,
  RunSheetPrintResult,
  RunSheetsData,
  RunSheetStatus,
  SampleLoadResult,
  ScheduleResult,
  SuggestionList,
  VisitsSaveResult,
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
  'jobs:respond': channel(JobRespondSchema).returns<Job>(),

  'schedule:assign': channel(ScheduleAssignSchema).returns<ScheduleResult>(),
  'schedule:move': channel(ScheduleAssignSchema).returns<ScheduleResult>(),
  'schedule:unassign': channel(ScheduleUnassignSchema).returns<Job>(),
  // Board undo/redo.
  'schedule:restore': channel(ScheduleRestoreSchema).returns<ScheduleResult>(),
  // Slot suggestions for the assign dialog.
  'schedule:suggest': channel(ScheduleSuggestSchema).returns<SuggestionList>(),
  // Plan the queue: propose (progress pushed as planner:progress), cancel, accept all or some as one change, undo it.
  'planner:propose': channel(PlannerProposeSchema).returns<PlanOutcome>(),
  'planner:cancel': channel(PlannerCancelSchema).returns<{ cancelled: boolean }>(),
  'planner:accept': channel(PlannerAcceptSchema).returns<PlanAccepted>(),
  'planner:restore': channel(PlannerRestoreSchema).returns<PlanAccepted>(),

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
  // Editable SLA tiers; intake:rotate replaces the intake API token.
  'sla:set': channel(SlaPolicyInputSchema).returns<SlaPolicy>(),
  'intake:rotate': channel(EmptyInputSchema).returns<Settings>(),

  'settings:get': channel(EmptyInputSchema).returns<Settings>(),
  'settings:set': channel(SettingsPatchSchema).returns<Settings>(),

  'sample:load': channel(EmptyInputSchema).returns<SampleLoadResult>(),
  'sample:dismiss': channel(EmptyInputSchema).returns<Settings>(),

  'backups:list': channel(EmptyInputSchema).returns<BackupInfo[]>(),
  'backups:create': channel(EmptyInputSchema).returns<BackupInfo>(),
  'backups:restore': channel(BackupNameSchema).returns<DataStatus>(),

  // Archive: read-only search and detail of finished jobs moved out of the active file.
  'archive:search': channel(ArchiveSearchSchema).returns<ArchiveSearchResult>(),
  'archive:get': channel(IdInputSchema).returns<ArchivedJob>(),

  // Printed run sheets and "changed since printed".
  'runsheets:get': channel(RunSheetsQuerySchema).returns<RunSheetsData>(),
  'runsheets:print': channel(RunSheetsPrintSchema).returns<RunSheetPrintResult>(),
  'runsheets:printed': channel(RunSheetsQuerySchema).returns<RunSheetStatus>(),
  'runsheets:status': channel(RunSheetsStatusSchema).returns<RunSheetStatus>(),

  // Urgent alerts: the current list, acknowledge (one job or all shown), snooze.
  'alerts:list': channel(EmptyInputSchema).returns<AlertsSnapshot>(),
  'alerts:ack': channel(AlertsAckSchema).returns<AlertsSnapshot>(),
  'alerts:snooze': channel(AlertsSnoozeSchema).returns<AlertsSnapshot>(),

  // CSV import: judge a batch of rows (no write), then create the valid ones.
  'import:validate': channel(ImportBatchSchema).returns<ImportValidation>(),
  'import:commit': channel(ImportBatchSchema).returns<ImportCommitResult>(),

  // Messages to customers: SMTP settings and templates, a test e-mail, compose and send for a job.
  'messages:settings': channel(EmptyInputSchema).returns<MessageSettingsView>(),
  'messages:configure': channel(MessagesConfigureSchema).returns<MessageSettingsView>(),
  'messages:test': channel(MessagesTestSchema).returns<SendOutcome>(),
  'messages:compose': channel(MessagesComposeSchema).returns<ComposedMessage>(),
  'messages:send': channel(MessagesSendSchema).returns<MessageSendResult>(),
  // Close-out: a technician's day, saving visits (grid or job panel), the parts list.
  'visits:day': channel(VisitsDaySchema).returns<CloseOutDay>(),
  'visits:save': channel(VisitsSaveSchema).returns<VisitsSaveResult>(),
  'parts:list': channel(EmptyInputSchema).returns<Part[]>(),
  'parts:set': channel(PartsSetSchema).returns<Part[]>(),
  // Keep a confirmed column mapping for the next file with the same header row.
  'import:remember': channel(RememberMappingSchema).returns<Settings>(),
  // Calendar feeds: who has one (never the token), issue or re-issue (the token, once), revoke, export an .ics.
  'calendar:feeds': channel(EmptyInputSchema).returns<CalendarFeedsData>(),
  'calendar:issue': channel(CalendarFeedInputSchema).returns<CalendarFeedIssued>(),
  'calendar:revoke': channel(CalendarFeedInputSchema).returns<CalendarFeedsData>(),
  'calendar:export': channel(CalendarExportSchema).returns<CalendarExportResult>(),
  // Public holidays from the holiday data set, for the SLA editor.
  'holidays:countries': channel(EmptyInputSchema).returns<HolidayPlace[]>(),
  'holidays:regions': channel(HolidayRegionsQuerySchema).returns<HolidayPlace[]>(),
  'holidays:list': channel(HolidaysQuerySchema).returns<HolidayOption[]>(),
  // Recurring maintenance plans; skip or move one occurrence.
  'maintenance:list': channel(EmptyInputSchema).returns<MaintenancePlanView[]>(),
  'maintenance:create': channel(MaintenancePlanCreateSchema).returns<MaintenancePlan>(),
  'maintenance:update': channel(MaintenancePlanUpdateSchema).returns<MaintenancePlan>(),
  'maintenance:delete': channel(IdInputSchema).returns<{ id: string }>(),
  'maintenance:occurrence': channel(OccurrenceChangeSchema).returns<MaintenancePlan>(),
  // Billing: unbilled work, batches and credits, block-hours top-ups, statements.
  'billing:overview': channel(BillingPeriodSchema).returns<BillingOverview>(),
  'billing:client': channel(BillingClientPeriodSchema).returns<ClientBilling>(),
  'billing:status': channel(BillingClientSchema).returns<ClientBillingStatus>(),
  'billing:batch': channel(IdInputSchema).returns<BillingBatch>(),
  'billing:statement': channel(BillingClientPeriodSchema).returns<BillingStatement>(),
  'billing:bill': channel(BillingCreateBatchSchema).returns<BillingBatch>(),
  'billing:credit': channel(BillingCreditSchema).returns<BillingBatch>(),
  'billing:topup': channel(BillingTopUpSchema).returns<Client>(),
  // Electron prints the statement natively; the headless host answers FORBIDDEN and the browser prints.
  'billing:print': channel(BillingPrintSchema).returns<{ outcome: 'printed' | 'saved' | 'cancelled'; filePath?: string }>(),
  // Reports over the active file and the archives (read-only; docs/reports.md defines every number).
  'reports:demand': channel(DemandReportInputSchema).returns<DemandReport>(),
  'reports:sla': channel(ReportRangeSchema).returns<SlaReport>(),
  'reports:backlog': channel(ReportRangeSchema).returns<BacklogReport>(),
  'reports:technicians': channel(ReportRangeSchema).returns<TechniciansReport>(),
  'reports:balance': channel(ReportRangeSchema).returns<BalanceReport>(),
  'reports:repeats': channel(RepeatsReportInputSchema).returns<RepeatsReport>(),
  'reports:income': channel(ReportRangeSchema).returns<IncomeReport>(),
  // The Reports view: its own window in the desktop app (FORBIDDEN in the headless host, whose
  // browser shows the route instead), and printing the report shown (FORBIDDEN there too: the browser prints).
  'reports:window': channel(ReportsWindowSchema).returns<{ opened: true }>(),
  'reports:print': channel(ReportsPrintSchema).returns<{ outcome: 'printed' | 'saved' | 'cancelled'; filePath?: string }>(),
  // Shared database (per computer): where this console keeps the shop, the desk's name, a connection test, export.
  'database:settings': channel(EmptyInputSchema).returns<DatabaseSettingsView>(),
  'database:save': channel(DatabaseSaveSchema).returns<DatabaseSettingsView>(),
  'database:test': channel(DatabaseTestSchema).returns<DatabaseTestResult>(),
  'database:export': channel(DatabaseExportSchema).returns<ShopMoveResult>(),
  'database:move': channel(EmptyInputSchema).returns<ShopMoveResult>(),
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
