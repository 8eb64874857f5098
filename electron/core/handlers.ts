/**
 * Every contract channel mapped to its service call. The `Handlers` type is mapped over the
 * contract, so a channel without a handler here is a compile error. Inputs arrive parsed by
 * `dispatch`; calls from the console are made as the `dispatcher`.
 */
import type { Handlers } from '../../shared/ipc/dispatch';
import type { Services } from './services';

/** Bind the contract to the services. */
export function createHandlers(s: Services): Handlers {
  return {
    'app:info': () => s.app.info(),
    'data:status': () => s.data.status(),

    'board:range': (input) => s.board.range(input),
    'queue:list': () => s.board.queue(),

    'jobs:get': (input) => s.jobs.get(input.id),
    'jobs:create': (input) => s.jobs.create(input),
    'jobs:update': (input) => s.jobs.update(input),
    'jobs:status': (input) => s.jobs.setStatus(input),
    'jobs:respond': (input) => s.jobs.respond(input),

    'schedule:assign': (input) => s.schedule.assign(input),
    'schedule:move': (input) => s.schedule.move(input),
    'schedule:unassign': (input) => s.schedule.unassign(input),
    'schedule:restore': (input) => s.schedule.restore(input),
    'schedule:suggest': (input) => s.suggest.slots(input),
    'planner:propose': (input) => s.planner.propose(input),
    'planner:cancel': (input) => s.planner.cancel(input),
    'planner:accept': (input) => s.planner.accept(input),
    'planner:restore': (input) => s.planner.restore(input),

    'technicians:list': () => s.technicians.list(),
    'technicians:create': (input) => s.technicians.create(input),
    'technicians:update': (input) => s.technicians.update(input),
    'technicians:delete': (input) => s.technicians.delete(input),

    'clients:list': () => s.clients.directory(),
    'clients:create': (input) => s.clients.create(input),
    'clients:update': (input) => s.clients.update(input),
    'clients:delete': (input) => s.clients.delete(input),
    'sites:create': (input) => s.clientParts.createSite(input),
    'sites:update': (input) => s.clientParts.updateSite(input),
    'sites:delete': (input) => s.clientParts.deleteSite(input),
    'contacts:create': (input) => s.clientParts.createContact(input),
    'contacts:update': (input) => s.clientParts.updateContact(input),
    'contacts:delete': (input) => s.clientParts.deleteContact(input),

    'sla:list': () => s.sla.list(),
    'sla:set': (input) => s.sla.set(input),
    'intake:rotate': () => s.intake.regenerateToken(),

    'settings:get': () => s.settings.get(),
    'settings:set': (input) => s.settings.set(input),

    'sample:load': () => s.data.loadSample(),
    'sample:dismiss': () => s.settings.dismissSample(),

    'backups:list': () => s.data.listBackups(),
    'backups:create': () => s.data.createBackup(),
    'backups:restore': (input) => s.data.restoreBackup(input),
    'archive:search': (input) => s.archive.search(input),
    'archive:get': (input) => s.archive.get(input),

    // Run sheets.
    'runsheets:get': (input) => s.runSheets.get(input),
    'runsheets:print': (input) => s.runSheets.print(input),
    'runsheets:printed': (input) => s.runSheets.printed(input),
    'runsheets:status': (input) => s.runSheets.status(input),

    // Urgent alerts.
    'alerts:list': () => s.alerts.list(),
    'alerts:ack': (input) => s.alerts.ack(input),
    'alerts:snooze': (input) => s.alerts.snooze(input),

    // CSV import.
    'import:validate': (input) => s.imports.validate(input),
    'import:commit': (input) => s.imports.commit(input),

    // Messages to customers.
    'messages:settings': () => s.messages.settings.view(),
    'messages:configure': (input) => s.messages.settings.configure(input),
    'messages:test': (input) => s.messages.settings.test(input.to),
    'messages:compose': (input) => s.messages.compose(input),
    'messages:send': (input) => s.messages.send(input),
    // Close-out.
    'visits:day': (input) => s.visits.day(input),
    'visits:save': (input) => s.visits.save(input),
    'parts:list': () => s.parts.list(),
    'parts:set': (input) => s.parts.set(input),
    'import:remember': (input) => s.imports.rememberMapping(input.mapping),
    // Calendar feeds and public holidays.
    'calendar:feeds': () => s.calendar.list(),
    'calendar:issue': (input) => s.calendar.issue(input),
    'calendar:revoke': (input) => s.calendar.revoke(input),
    'calendar:export': (input) => s.calendar.export(input),
    'holidays:countries': () => s.holidays.countries(),
    'holidays:regions': (input) => s.holidays.regions(input),
    'holidays:list': (input) => s.holidays.list(input),
    // Recurring maintenance plans.
    'maintenance:list': () => s.maintenance.list(),
    'maintenance:create': (input) => s.maintenance.create(input),
    'maintenance:update': (input) => s.maintenance.update(input),
    'maintenance:delete': (input) => s.maintenance.delete(input),
    'maintenance:occurrence': (input) => s.maintenance.changeOccurrence(input),
    // Billing.
    'billing:overview': (input) => s.billing.overview(input),
    'billing:client': (input) => s.billing.client(input),
    'billing:status': (input) => s.billing.status(input),
    'billing:batch': (input) => s.billing.batch(input),
    'billing:statement': (input) => s.billing.statement(input),
    'billing:bill': (input) => s.billing.createBatch(input),
    'billing:credit': (input) => s.billing.credit(input),
    'billing:topup': (input) => s.billing.topUp(input),
    'billing:print': (input) => s.billing.print(input),
    'reports:demand': (input) => s.reports.demand(input),
    'reports:sla': (input) => s.reports.sla(input),
    'reports:backlog': (input) => s.reports.backlog(input),
    'reports:technicians': (input) => s.reports.technicians(input),
    'reports:balance': (input) => s.reports.balance(input),
    'reports:repeats': (input) => s.reports.repeats(input),
    'reports:income': (input) => s.reports.income(input),
    // The Reports view's window and printing.
    'reports:window': (input) => s.reportPages.openWindow(input),
    'reports:print': (input) => s.reportPages.print(input),
    // Shared database (this computer's choice of store).
    'database:settings': () => s.database.view(),
    'database:save': (input) => s.database.save(input),
    'database:test': (input) => s.database.test(input),
    'database:export': (input) => s.database.exportTo(input.folder),
    'database:move': () => s.database.moveToDatabase(),
  };
}
