/**
 * The sample shop's maintenance clients: the school and the logistics firm are on managed
 * contracts with recurring plans, whose visits due within their lead time are already jobs, made
 * by the same builders the maintenance service uses.
 */
import { dayOf } from '../../../shared/domain/jobs';
import { addDays, dueOccurrences } from '../../../shared/domain/maintenance';
import type { DispatchDocument } from '../../../shared/schemas/document';
import { MaintenancePlanInputSchema } from '../../../shared/schemas/maintenance';
import type { MaintenancePlan, MaintenancePlanInput } from '../../../shared/schemas/maintenance';
import { buildOccurrenceJob, buildPlan, MAINTENANCE_ACTOR } from '../services/maintenance/plan-records';
import type { Random } from './random';

type PlanTemplate = Omit<MaintenancePlanInput, 'clientId' | 'siteId' | 'startDay' | 'preferredTechnicianId'> & {
  client: string;
  /** Index into the client's sites. */
  site: number;
  /** Key of the preferred technician, or null for a zone only. */
  tech: string | null;
};

const templates: PlanTemplate[] = MaintenancePlanInputSchema.omit({ clientId: true, siteId: true, startDay: true, preferredTechnicianId: true })
  .array()
  .parse([
    {
      title: 'Monthly patching and backup check',
      checklist: '- Apply Windows and Office updates to staff laptops\n- Check last night\u2019s backup restored a test file\n- Review antivirus console for alerts',
      estimateMinutes: 120,
      requiredSkills: ['windows'],
      rule: 'FREQ=MONTHLY;BYDAY=+1TU',
      windowStart: '15:30',
      windowEnd: '18:00',
      leadDays: 14,
    },
    {
      title: 'Termly network health check',
      checklist: '- Wi-Fi coverage in every classroom\n- Switch and firewall firmware\n- Content filter logs',
      estimateMinutes: 180,
      requiredSkills: ['networking'],
      rule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1',
      windowStart: '09:00',
      windowEnd: '15:00',
      leadDays: 21,
      preferredZone: 'North',
    },
    {
      title: 'Weekly server room check',
      checklist: '- UPS self-test and battery age\n- Server event logs\n- Room temperature and air conditioning',
      estimateMinutes: 60,
      requiredSkills: ['servers'],
      rule: 'FREQ=WEEKLY;BYDAY=MO',
      windowStart: '07:00',
      windowEnd: '09:00',
      leadDays: 7,
    },
    {
      title: 'Month-end firewall and VPN review',
      checklist: '- Firewall rules changed this month\n- VPN accounts of leavers disabled\n- Firmware up to date',
      estimateMinutes: 90,
      requiredSkills: ['security'],
      rule: 'FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1',
      windowStart: '17:00',
      windowEnd: '19:00',
      leadDays: 10,
    },
  ])
  .map((fields, i) => ({ ...fields, ...[
    { client: 'school', site: 1, tech: 'maria' },
    { client: 'school', site: 0, tech: null },
    { client: 'logistics', site: 0, tech: 'alex' },
    { client: 'logistics', site: 1, tech: 'ravi' },
  ][i]! }));

/**
 * Add the sample plans to `doc` (started on the first of this month, shop time) and make the jobs
 * their due visits need as of `now`. Mutates `doc`, which must already hold the clients and
 * technicians named by `clients` and `techIds`.
 */
export function addSamplePlans(
  doc: DispatchDocument,
  clients: ReadonlyMap<string, { id: string; sites: string[] }>,
  techIds: ReadonlyMap<string, string>,
  rnd: Random,
  now: Date,
): MaintenancePlan[] {
  const timeZone = doc.settings.timeZone;
  const today = dayOf(now, timeZone);
  const startDay = `${today.slice(0, 8)}01`;
  const meta = { at: now, by: 'dispatcher' };
  const plans = templates.map(({ client, site, tech, ...fields }) => {
    const refs = clients.get(client);
    if (!refs) throw new Error(`Sample plan "${fields.title}" names unknown client ${client}.`);
    const input = { ...fields, clientId: refs.id, siteId: refs.sites[site] ?? null, startDay, preferredTechnicianId: tech ? (techIds.get(tech) ?? null) : null };
    // Started this month, but run for the first time today: nothing from before today is made.
    return { ...buildPlan(doc, input, rnd.uuid(), meta), createdThrough: addDays(today, -1) };
  });
  doc.maintenancePlans = plans;
  for (const [index, plan] of plans.entries()) {
    const due = dueOccurrences(plan, today, timeZone, new Set());
    for (const occurrence of due.occurrences) {
      const { job, nextJobNumber } = buildOccurrenceJob(doc, plan, occurrence, rnd.uuid(), { at: now, by: MAINTENANCE_ACTOR });
      doc.jobs.push(job);
      doc.nextJobNumber = nextJobNumber;
    }
    plans[index] = { ...plan, createdThrough: due.createdThrough ?? plan.createdThrough };
  }
  doc.maintenancePlans = plans;
  return plans;
}
