/**
 * The contract's channel names as plain data, with no schema attached. The sandboxed preload is
 * one small CommonJS file and must not pull zod and every input schema in just to check a name,
 * so it imports this instead of contract.ts. The `satisfies` below fails to compile when a
 * channel is added to or removed from the contract without updating this list.
 */
import type { Channel } from './contract';

const channelSet = {
  'app:info': true,
  'data:status': true,
  'board:range': true,
  'queue:list': true,
  'jobs:get': true,
  'jobs:create': true,
  'jobs:update': true,
  'jobs:status': true,
  'jobs:respond': true,
  'schedule:assign': true,
  'schedule:move': true,
  'schedule:unassign': true,
  'schedule:restore': true,
  'schedule:suggest': true,
  'planner:propose': true,
  'planner:cancel': true,
  'planner:accept': true,
  'planner:restore': true,
  'technicians:list': true,
  'technicians:create': true,
  'technicians:update': true,
  'technicians:delete': true,
  'clients:list': true,
  'clients:create': true,
  'clients:update': true,
  'clients:delete': true,
  'sites:create': true,
  'sites:update': true,
  'sites:delete': true,
  'contacts:create': true,
  'contacts:update': true,
  'contacts:delete': true,
  'sla:list': true,
  'sla:set': true,
  'intake:rotate': true,
  'settings:get': true,
  'settings:set': true,
  'sample:load': true,
  'sample:dismiss': true,
  'backups:list': true,
  'backups:create': true,
  'backups:restore': true,
  'archive:search': true,
  'archive:get': true,
  // run sheets
  'runsheets:get': true,
  'runsheets:print': true,
  'runsheets:printed': true,
  'runsheets:status': true,
  // urgent alerts
  'alerts:list': true,
  'alerts:ack': true,
  'alerts:snooze': true,
  // CSV import
  'import:validate': true,
  'import:commit': true,
  'import:remember': true,
  // messages to customers
  'messages:settings': true,
  'messages:configure': true,
  'messages:test': true,
  'messages:compose': true,
  'messages:send': true,
  // close-out
  'visits:day': true,
  'visits:save': true,
  'parts:list': true,
  'parts:set': true,
  // calendar feeds and public holidays
  'calendar:feeds': true,
  'calendar:issue': true,
  'calendar:revoke': true,
  'calendar:export': true,
  'holidays:countries': true,
  'holidays:regions': true,
  'holidays:list': true,
  // recurring maintenance
  'maintenance:list': true,
  'maintenance:create': true,
  'maintenance:update': true,
  'maintenance:delete': true,
  'maintenance:occurrence': true,
  // billing
  'billing:overview': true,
  'billing:client': true,
  'billing:status': true,
  'billing:batch': true,
  'billing:statement': true,
  'billing:bill': true,
  'billing:credit': true,
  'billing:topup': true,
  'billing:print': true,
  // reports
  'reports:demand': true,
  'reports:sla': true,
  'reports:backlog': true,
  'reports:technicians': true,
  'reports:balance': true,
  'reports:repeats': true,
  'reports:income': true,
  'reports:window': true,
  'reports:print': true,
  // shared database (per computer)
  'database:settings': true,
  'database:save': true,
  'database:test': true,
  'database:export': true,
  'database:move': true,
} as const satisfies Record<Channel, true>;

/** Every channel name in the contract. */
export const channelNames = Object.freeze(Object.keys(channelSet)) as readonly Channel[];

/** True for a name the contract defines; an own-property check, so `__proto__` or `toString` never pass. */
export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channelSet, name);
}
