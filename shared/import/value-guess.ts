/**
 * Good first guesses for the fixed-value columns of another tool's export: its priorities
 * (`Priority 1 - Emergency Response`, `Urgent`, `0 Urgent`, `3 - Low`), its ticket types
 * (`Incident`, `Service Request`, `Network`) and its statuses (`Resolved`, `Closed`, `In Progress`).
 * The user sees every guess in the mapping step and can change it.
 */
import type { Priority } from '../schemas/common';
import type { JobCategory } from '../schemas/job';

/** What an imported status means here: open tickets become jobs, closed ones are skipped by default. */
export type TicketState = 'open' | 'closed';

const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/** Words before numbers: Syncro's `1 High` is high (P2), not priority 1. */
const PRIORITY_WORDS: [RegExp, Priority][] = [
  [/^(emergency|critical|urgent|severe|sev1|asap|immediate|outage|down)$/, 'P1'],
  [/^(high|major|important|quick|elevated)$/, 'P2'],
  [/^(medium|normal|moderate|standard|routine|minor)$/, 'P3'],
  [/^(low|lowest|schedule|scheduled|planning|planned|maintenance|whenever|project)$/, 'P4'],
];

/**
 * The priority a value most likely means, or null when there is no telling (the default applies).
 * Words first (critical/urgent/emergency → P1, high → P2, medium/normal → P3, low/schedule → P4),
 * then a number 1–4 (`P2`, `Priority 2 - Quick Response`, `2`).
 */
export function guessPriority(text: string): Priority | null {
  const list = words(text);
  for (const [pattern, priority] of PRIORITY_WORDS) if (list.some((w) => pattern.test(w))) return priority;
  const digit = /^(?:p|priority|prio|sev|severity)?\s*([1-4])\b/i.exec(text.trim().replace(/^priority\s+/i, 'p'))?.[1];
  return digit ? (`P${digit}` as Priority) : null;
}

const CATEGORY_WORDS: [RegExp, JobCategory][] = [
  [/^(print|printer|printers|printing|scanner|copier|mfp|toner)$/, 'printer'],
  [/^(network|networking|net|wifi|wireless|lan|wan|internet|vpn|firewall|router|switch|connectivity|dns|dhcp)$/, 'network'],
  [/^(security|sec|virus|malware|ransomware|phishing|spam|breach|antivirus|mfa)$/, 'security'],
  [/^(hardware|hw|laptop|desktop|pc|server|workstation|device|monitor|keyboard|mouse|disk|phone)$/, 'hardware'],
  [/^(software|sw|application|app|apps|office|outlook|email|mail|windows|install|update|licence|license|login|password|account)$/, 'software'],
];

/**
 * The category a ticket type most likely means. Process words (incident, problem, request,
 * question, task, change) say nothing about the work, so they are `other`, as is anything unknown.
 */
export function guessCategory(text: string): JobCategory {
  const list = words(text);
  for (const [pattern, category] of CATEGORY_WORDS) if (list.some((w) => pattern.test(w))) return category;
  return 'other';
}

const CLOSED = /^(closed|close|resolved|solved|complete|completed|done|finished|cancelled|canceled|fixed|archived|invoiced|billed)$/;

/** Closed, resolved, solved, completed, cancelled… are closed; every other status is open. */
export function guessTicketState(text: string): TicketState {
  return words(text).some((w) => CLOSED.test(w)) ? 'closed' : 'open';
}
