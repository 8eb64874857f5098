/** The sample shop's calls: what came in, for whom, and where the planner should try to put it. */
import type { Priority } from '../../../shared/schemas/common';
import type { JobCategory } from '../../../shared/schemas/job';

export type SamplePlan =
  /** On the board on the first (1) or second (2) planned working day, preferably with `tech`, not before `after`. */
  | { day: 1 | 2; tech: string; after?: string }
  /** Waiting in the queue, received this many minutes before now. */
  | { queue: number; holdReason?: string };

export type SampleJob = {
  client: string;
  /** Index into the client's sites and contacts. */
  site: number;
  contact: number;
  title: string;
  description: string;
  category: JobCategory;
  skills: string[];
  priority: Priority;
  estimateMinutes: number;
  plan: SamplePlan;
};

const j = (
  client: string,
  site: number,
  contact: number,
  priority: Priority,
  category: JobCategory,
  skills: string[],
  estimateMinutes: number,
  title: string,
  description: string,
  plan: SamplePlan,
): SampleJob => ({ client, site, contact, priority, category, skills, estimateMinutes, title, description, plan });

export const sampleJobs: SampleJob[] = [
  // The first planned day.
  j('logistics', 0, 0, 'P1', 'network', ['networking'], 120, 'Office-wide internet down after ISP outage',
    'ISP confirmed the area outage is fixed but the depot is still offline. Firewall shows WAN up, no DNS. Drivers cannot get manifests.', { day: 1, tech: 'jordan', after: '07:00' }),
  j('dental', 0, 1, 'P2', 'hardware', ['windows'], 60, "Reception PC won't boot after update",
    'Stuck on "Preparing automatic repair" since last night\'s updates. Reception is booking patients on the back-office PC.', { day: 1, tech: 'sam', after: '07:30' }),
  j('logistics', 0, 0, 'P3', 'printer', ['printers'], 45, 'Label printer jamming',
    'Zebra label printer on dispatch desk 2 jams every few labels. Labels were changed to a new supplier last week.', { day: 1, tech: 'chloe', after: '09:00' }),
  j('school', 1, 1, 'P2', 'network', ['networking'], 90, 'Teacher laptops not joining Wi-Fi in the annex',
    'Since half term, staff laptops see the staff SSID in the annex but fail to authenticate. Main building is fine.', { day: 1, tech: 'alex', after: '09:00' }),
  j('law', 0, 1, 'P3', 'security', ['m365', 'security'], 45, 'Set up MFA for new partner',
    'New partner starts Monday. Needs the authenticator app enrolled and conditional access applied like the other partners.', { day: 1, tech: 'alex', after: '13:30' }),
  j('accountant', 0, 1, 'P3', 'software', ['macos', 'm365'], 60, "Mac won't sync with OneDrive",
    "Lucy's MacBook shows \"OneDrive is not syncing\" and client folders are out of date.", { day: 1, tech: 'maria', after: '11:15' }),
  j('dental', 0, 1, 'P2', 'software', ['servers'], 90, 'Server backup failing for three nights',
    'Backup report e-mails show "VSS snapshot failed" on the practice server since Monday. NAS has free space.', { day: 1, tech: 'liam', after: '14:00' }),
  j('law', 0, 1, 'P2', 'network', ['networking', 'cabling'], 120, 'Replace failed switch in comms cabinet',
    'Half the third floor lost network after a power cut; one switch in the comms cabinet shows no lights. Spare is in stock.', { day: 1, tech: 'ravi', after: '10:00' }),

  // The second planned day.
  j('accountant', 0, 0, 'P4', 'hardware', ['windows', 'm365'], 120, 'New starter laptop setup',
    'New trainee starts next week. Laptop delivered to the office; set up with Intune, Office and the accounts software shortcut.', { day: 2, tech: 'maria' }),
  j('school', 1, 0, 'P4', 'network', ['cabling'], 180, 'Install two extra data points in the IT suite',
    'Two more desks in the IT suite need wired points from the annex cabinet. Quote approved by the bursar.', { day: 2, tech: 'jordan' }),
  j('logistics', 1, 1, 'P3', 'network', ['voip'], 90, 'Desk phones dropping calls',
    'Calls in finance drop after about ten minutes, several times a day. Started after the SD-WAN change.', { day: 2, tech: 'ravi', after: '10:00' }),
  j('logistics', 0, 0, 'P4', 'security', ['security', 'networking'], 60, 'Firewall firmware update',
    'Planned maintenance: apply the vendor security update to the depot firewall. Agree the window with the shift lead.', { day: 2, tech: 'alex', after: '16:00' }),
  j('law', 0, 1, 'P3', 'printer', ['printers'], 45, 'Scan-to-email stopped working',
    'The copier on the second floor says "SMTP authentication failed" when scanning to e-mail.', { day: 2, tech: 'chloe' }),
  j('dental', 1, 1, 'P4', 'hardware', ['windows'], 60, 'Upgrade RAM in two reception PCs',
    'Memory modules delivered to the Northgate branch. Fit them before the morning clinic if possible.', { day: 2, tech: 'sam' }),
  j('school', 0, 1, 'P3', 'hardware', ['windows'], 60, 'Interactive whiteboard not detected by PC',
    'Class 4 whiteboard shows "no touch device" on the teacher PC after it was moved.', { day: 2, tech: 'ellie' }),
  j('accountant', 0, 0, 'P3', 'software', ['m365'], 90, 'Migrate shared mailbox to new domain',
    'The practice moved to patelmoore.example; the "accounts@" shared mailbox still sends from the old domain.', { day: 2, tech: 'ellie', after: '13:00' }),

  // The queue.
  j('dental', 0, 1, 'P1', 'security', ['security', 'windows'], 120, 'Ransomware note on reception PC',
    'Reception PC shows a full-screen note demanding payment; files on the desktop have a new extension. ' +
      'Practice manager pulled the network cable. Do not power it off.', { queue: 12 }),
  j('law', 0, 0, 'P3', 'hardware', ['windows'], 60, "Partner's laptop screen cracked",
    'Dropped on the train. Laptop works with an external monitor. Needs a loan laptop until the screen is replaced.', { queue: 25 }),
  j('accountant', 0, 0, 'P2', 'software', ['m365'], 30, 'E-mail bouncing for one user',
    'Messages to Sanjay bounce with "mailbox unavailable". Others receive fine.', { queue: 40 }),
  j('logistics', 0, 0, 'P3', 'network', ['networking'], 120, 'Wi-Fi slow in the warehouse',
    'Scanners at the far end of aisle 12 keep losing connection. Worse since racking was added.', { queue: 55 }),
  j('school', 0, 0, 'P4', 'printer', ['printers'], 45, 'Staff room printer offline',
    'Printer shows offline on all staff laptops. It was moved to the other side of the staff room.', { queue: 70 }),
  j('law', 0, 1, 'P2', 'network', ['networking', 'security'], 45, "VPN won't connect from home",
    'Two fee earners cannot connect to the VPN from home since this morning; error "peer not responding".', { queue: 95 }),
  j('dental', 1, 1, 'P4', 'printer', ['printers'], 30, 'Replace toner and clean drum unit',
    'Faint streaks on every page at the Northgate branch. Toner is in the stationery cupboard.', { queue: 120 }),
  j('logistics', 2, 0, 'P2', 'network', ['networking'], 90, "Barcode scanners can't reach the WMS",
    'At the cross-dock, handhelds connect to Wi-Fi but time out on the warehouse system. Depot scanners are fine.', { queue: 150 }),
  j('law', 0, 1, 'P4', 'software', ['windows', 'servers'], 30, 'Shared drive permissions for new paralegal',
    'New paralegal needs the same folder access as the litigation team.', { queue: 180 }),
  j('school', 0, 0, 'P4', 'hardware', [], 45, 'Projector flickering in the hall',
    'Hall projector flickers green when the laptop is connected. Needed for assembly on Friday.', { queue: 210 }),
  j('logistics', 1, 1, 'P2', 'security', ['m365', 'security'], 60, 'Suspicious sign-in alert on finance mailbox',
    'Alert for a sign-in to the finance mailbox from abroad. Password was changed by the user; check rules and sessions.', { queue: 240 }),
  j('accountant', 0, 1, 'P3', 'software', ['windows', 'm365'], 45, 'Outlook crashes on startup',
    'Outlook closes a few seconds after opening on the front desk PC. Safe mode works.', { queue: 300 }),
  j('logistics', 0, 0, 'P4', 'network', ['cabling'], 240, 'Tidy and label patch panel',
    'Depot comms cabinet patching is untidy and unlabelled. Book a quiet period with the shift lead.', { queue: 360 }),
  j('dental', 0, 1, 'P3', 'printer', ['printers'], 45, 'Laser printer fuser error',
    'Surgery 2 printer shows "50.1 fuser error". Replacement fuser ordered.', {
      queue: 420,
      holdReason: 'Waiting for the replacement fuser from the supplier',
    }),
];
