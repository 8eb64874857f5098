/**
 * What each sample export in docs/samples/ should become in the sample shop (London, pinned to
 * 2026-12-09 09:30): the open tickets as jobs, by ticket number. Shared by the host-side sample
 * test and the end-to-end import of every preset, so both check the same facts.
 */
import type { PresetId } from '../../shared/import/presets';

export type ExpectedJob = {
  externalRef: string;
  title: string;
  client: string;
  priority: 'P1' | 'P2' | 'P3' | 'P4';
  category: string;
  receivedAt: string;
  estimateMinutes: number;
  /** The contact's name when it is one of the client's contacts; else the description starts with "Caller: …". */
  contact?: string;
  caller?: string;
};

export type PresetSample = {
  preset: PresetId;
  name: string;
  file: string;
  /** The day/month order the user picks when the file's dates leave it open. */
  askOrder?: 'mdy' | 'dmy';
  /** Companies the file names that the sample shop does not have. */
  newClients?: string[];
  closed: string[];
  jobs: ExpectedJob[];
};

export const presetSamples: PresetSample[] = [
  {
    preset: 'connectwise-manage',
    name: 'ConnectWise Manage',
    file: 'connectwise-manage-tickets.csv',
    closed: ['48190'],
    jobs: [
      { externalRef: '48211', title: 'X-ray PC will not boot after the power cut', client: 'Harbour Dental Practice', priority: 'P1', category: 'hardware', receivedAt: '2026-11-26T08:14:00.000Z', estimateMinutes: 120, contact: 'Megan Doyle' },
      { externalRef: '48215', title: 'New starter needs Outlook and VPN set up', client: 'Whitfield & Crane Solicitors', priority: 'P3', category: 'other', receivedAt: '2026-11-30T14:40:00.000Z', estimateMinutes: 90, contact: 'Tom Baxter' },
      { externalRef: '48220', title: 'Scan to email stopped working', client: 'Patel & Moore Accountants', priority: 'P4', category: 'printer', receivedAt: '2026-12-01T10:05:00.000Z', estimateMinutes: 60, contact: 'Lucy Moore' },
    ],
  },
  {
    preset: 'autotask',
    name: 'Datto Autotask',
    file: 'autotask-tickets.csv',
    closed: ['T20261118.0007'],
    jobs: [
      { externalRef: 'T20261127.0003', title: 'Wi-Fi drops in the upstairs classrooms', client: "St Brigid's Primary School", priority: 'P2', category: 'network', receivedAt: '2026-11-27T09:05:00.000Z', estimateMinutes: 180, contact: 'David Okafor (IT lead)' },
      { externalRef: 'T20261203.0011', title: 'Accounts laptop shows a ransomware warning', client: 'Patel & Moore Accountants', priority: 'P1', category: 'security', receivedAt: '2026-12-03T15:22:00.000Z', estimateMinutes: 90, contact: 'Sanjay Patel' },
      { externalRef: 'T20261204.0002', title: 'Label printer offline in the depot', client: 'Northway Logistics', priority: 'P4', category: 'printer', receivedAt: '2026-12-04T06:45:00.000Z', estimateMinutes: 45, contact: 'Night shift lead' },
    ],
  },
  {
    preset: 'freshdesk',
    name: 'Freshdesk',
    file: 'freshdesk-tickets.csv',
    newClients: ['Greenfield Veterinary Clinic'],
    closed: ['1039'],
    jobs: [
      { externalRef: '1042', title: 'Shared drive missing on two PCs', client: 'Whitfield & Crane Solicitors', priority: 'P3', category: 'other', receivedAt: '2026-11-28T13:47:10.000Z', estimateMinutes: 60, contact: 'Helen Crane' },
      { externalRef: '1043', title: 'Reception phone has no dial tone', client: "St Brigid's Primary School", priority: 'P1', category: 'other', receivedAt: '2026-12-02T08:30:00.000Z', estimateMinutes: 60, contact: 'Angela Foster (bursar)' },
      { externalRef: '1044', title: 'Card machine cannot reach the network', client: 'Greenfield Veterinary Clinic', priority: 'P2', category: 'other', receivedAt: '2026-12-07T17:20:45.000Z', estimateMinutes: 60, caller: 'Kim Hargreaves' },
    ],
  },
  {
    preset: 'zendesk',
    name: 'Zendesk',
    file: 'zendesk-tickets.csv',
    closed: ['5480'],
    jobs: [
      { externalRef: '5501', title: 'Scanner on the second floor not found by PCs', client: 'Whitfield & Crane Solicitors', priority: 'P3', category: 'other', receivedAt: '2026-11-29T10:12:33.000Z', estimateMinutes: 60, contact: 'Tom Baxter' },
      { externalRef: '5507', title: 'Warehouse handhelds cannot sync orders', client: 'Northway Logistics', priority: 'P1', category: 'other', receivedAt: '2026-12-03T16:15:00.000Z', estimateMinutes: 60, contact: 'Gary Lund (operations)' },
      { externalRef: '5512', title: 'Second monitor for surgery 2', client: 'Harbour Dental Practice', priority: 'P4', category: 'other', receivedAt: '2026-12-08T09:02:00.000Z', estimateMinutes: 60, contact: 'Dr Priya Raman' },
    ],
  },
  {
    preset: 'halopsa',
    name: 'HaloPSA',
    file: 'halopsa-tickets.csv',
    closed: ['2990'],
    jobs: [
      { externalRef: '3001', title: 'Server backup job failed two nights running', client: 'Northway Logistics', priority: 'P2', category: 'hardware', receivedAt: '2026-11-25T07:45:00.000Z', estimateMinutes: 120, contact: 'Nina Hall (finance)' },
      { externalRef: '3004', title: 'Laptop keyboard missing keys', client: 'Whitfield & Crane Solicitors', priority: 'P4', category: 'hardware', receivedAt: '2026-12-01T16:20:00.000Z', estimateMinutes: 30, contact: 'Helen Crane' },
      { externalRef: '3007', title: 'Phishing email clicked at reception', client: 'Harbour Dental Practice', priority: 'P1', category: 'security', receivedAt: '2026-12-08T08:05:00.000Z', estimateMinutes: 60, contact: 'Dr Priya Raman' },
    ],
  },
  {
    preset: 'syncro',
    name: 'Syncro',
    file: 'syncro-tickets.csv',
    askOrder: 'mdy',
    closed: ['20850'],
    jobs: [
      { externalRef: '20871', title: 'Outlook keeps asking for the password', client: 'Patel & Moore Accountants', priority: 'P2', category: 'software', receivedAt: '2026-12-02T09:10:00.000Z', estimateMinutes: 60, contact: 'Sanjay Patel' },
      { externalRef: '20874', title: 'Network switch in the cabinet is beeping', client: "St Brigid's Primary School", priority: 'P1', category: 'network', receivedAt: '2026-12-04T13:35:00.000Z', estimateMinutes: 60, contact: 'David Okafor (IT lead)' },
      { externalRef: '20880', title: 'Set up the new reception PC', client: 'Harbour Dental Practice', priority: 'P3', category: 'hardware', receivedAt: '2026-12-07T11:00:00.000Z', estimateMinutes: 60, contact: 'Megan Doyle' },
    ],
  },
];
