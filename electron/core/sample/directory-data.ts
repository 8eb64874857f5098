/**
 * The sample shop's clients, sites, contacts and technicians, as plain data. Names, phone numbers
 * (UK drama range 01632 960xxx / 07700 900xxx) and e-mail domains (`.example`) are fictional.
 */
import { newContract } from '../../../shared/billing/contract-terms';
import type { Contract } from '../../../shared/schemas/contract';
import type { WeeklyHours } from '../../../shared/schemas/common';

export type SampleClient = {
  key: string;
  name: string;
  contract: Contract;
  /** Block hours bought: hours, and how many days before the load day. */
  blockTopUps: { hours: number; daysBefore: number; note: string }[];
  /** Preferred SLA tier id; the nearest existing tier is used if the shop has renamed its tiers. */
  slaTier: string;
  environmentNotes: string;
  sites: { name: string; address: string; zone: string; accessNotes: string }[];
  contacts: { name: string; phone: string; email: string }[];
};

export const sampleClients: SampleClient[] = [
  {
    key: 'dental',
    name: 'Harbour Dental Practice',
    // The monthly fee covers the PCs, the practice software and the network; security work is extra.
    contract: newContract('managed', 9500, { includedCategories: ['hardware', 'software', 'network', 'printer'], travelBillable: true, travelRateMinor: 4500 }),
    blockTopUps: [],
    slaTier: 'priority',
    environmentNotes:
      'Windows 11 workstations on a small AD domain (HDP.local). Practice software on the server in the main surgery; ' +
      'nightly backup to NAS plus cloud copy. Draytek firewall. X-ray PCs are vendor-managed: do not update them.',
    sites: [
      {
        name: 'Main surgery',
        address: '14 Quay Street, Harbourside',
        zone: 'Central',
        accessNotes: 'Server room key at reception. Avoid the treatment rooms during appointments.',
      },
      {
        name: 'Northgate branch',
        address: '2 Northgate Parade',
        zone: 'North',
        accessNotes: 'Ring the staff bell at the side door; parking behind the pharmacy.',
      },
    ],
    contacts: [
      { name: 'Dr Priya Raman', phone: '01632 960101', email: 'priya.raman@harbourdental.example' },
      { name: 'Megan Doyle', phone: '01632 960102', email: 'practice.manager@harbourdental.example' },
    ],
  },
  {
    key: 'law',
    name: 'Whitfield & Crane Solicitors',
    contract: newContract('block-hours', 11000, { minimumChargeMinor: 5500 }),
    blockTopUps: [
      { hours: 20, daysBefore: 60, note: 'Invoice 2041: 20 hours' },
      { hours: 10, daysBefore: 12, note: 'Invoice 2113: 10 hours' },
    ],
    slaTier: 'standard',
    environmentNotes:
      'Microsoft 365 with Intune; case management is cloud hosted. Always-on VPN for fee earners. ' +
      'Partners expect a call before anyone touches their laptop.',
    sites: [
      {
        name: 'Head office',
        address: '41 Chancery Lane, 3rd floor',
        zone: 'Central',
        accessNotes: 'Sign in with building security on the ground floor. Comms room key at reception.',
      },
    ],
    contacts: [
      { name: 'Helen Crane', phone: '01632 960201', email: 'h.crane@whitfieldcrane.example' },
      { name: 'Tom Baxter', phone: '01632 960202', email: 'office@whitfieldcrane.example' },
    ],
  },
  {
    key: 'school',
    name: "St Brigid's Primary School",
    contract: newContract('managed', 7000, { includedCategories: ['software', 'network', 'security'] }),
    blockTopUps: [],
    slaTier: 'standard',
    environmentNotes:
      'Curriculum network and admin network are separate VLANs. Staff laptops are Windows; two class sets of iPads. ' +
      'Content filter is run by the local authority.',
    sites: [
      {
        name: 'Main building',
        address: 'Elm Road, Eastfield',
        zone: 'East',
        accessNotes: 'Sign in at the school office and wear the visitor lanyard. Server room key at reception.',
      },
      {
        name: 'Annex and IT suite',
        address: 'Elm Road (rear gate), Eastfield',
        zone: 'East',
        accessNotes: 'The IT suite is locked during lessons; ask the bursar for the key at break time.',
      },
    ],
    contacts: [
      { name: 'Angela Foster (bursar)', phone: '01632 960301', email: 'bursar@stbrigids.example' },
      { name: 'David Okafor (IT lead)', phone: '01632 960302', email: 'd.okafor@stbrigids.example' },
    ],
  },
  {
    key: 'accountant',
    name: 'Patel & Moore Accountants',
    contract: newContract('time-and-materials', 8500, { minimumChargeMinor: 4250, incrementMinutes: 15, travelBillable: true, travelRateMinor: 4000 }),
    blockTopUps: [],
    slaTier: 'standard',
    environmentNotes: 'Six users on Microsoft 365 Business Premium; two Macs. Accounts software is cloud hosted. Busy in January.',
    sites: [
      {
        name: 'Office',
        address: '7 Mill Lane, Westbury',
        zone: 'West',
        accessNotes: 'Park in the rear car park; buzzer 2. Network cabinet under the stairs.',
      },
    ],
    contacts: [
      { name: 'Sanjay Patel', phone: '01632 960401', email: 'sanjay@patelmoore.example' },
      { name: 'Lucy Moore', phone: '07700 900401', email: 'lucy@patelmoore.example' },
    ],
  },
  {
    key: 'logistics',
    name: 'Northway Logistics',
    contract: newContract('managed', 12000, { afterHoursPercent: 200 }),
    blockTopUps: [],
    slaTier: 'managed-24x7',
    environmentNotes:
      'Warehouse management system on-site at the depot; handheld scanners on the warehouse Wi-Fi. ' +
      'Fortinet firewalls at each site, SD-WAN between them. 24×7 operation: agree any outage with the shift lead.',
    sites: [
      {
        name: 'Depot',
        address: 'Unit 4, Brookfield Industrial Estate',
        zone: 'South',
        accessNotes: 'Hi-vis required on the yard. Report to the transport office; network cabinet on the mezzanine.',
      },
      {
        name: 'Head office',
        address: '18 Station Road, Southport Green',
        zone: 'South',
        accessNotes: 'Visitor parking bays 1–3. Comms room key at reception.',
      },
      {
        name: 'Cross-dock',
        address: 'Gate B, Northfield Freight Park',
        zone: 'North',
        accessNotes: 'Site induction video on first visit (10 min). Safety boots required.',
      },
    ],
    contacts: [
      { name: 'Gary Lund (operations)', phone: '01632 960501', email: 'gary.lund@northway.example' },
      { name: 'Nina Hall (finance)', phone: '01632 960502', email: 'nina.hall@northway.example' },
      { name: 'Night shift lead', phone: '07700 900501', email: 'nightshift@northway.example' },
    ],
  },
];

const weekdays = [1, 2, 3, 4, 5];
const early: WeeklyHours = [{ days: weekdays, start: '07:00', end: '15:30' }];
const office: WeeklyHours = [{ days: weekdays, start: '09:00', end: '17:30' }];
/**
 * Break/fix shops keep an on-call crew at weekends: two rotas between them cover every skill the
 * sample's urgent calls need, so the board has work on a Saturday or a Sunday too.
 */
const saturday = { days: [6], start: '08:00', end: '16:00' };
const sunday = { days: [0], start: '08:00', end: '16:00' };

export type SampleTechnician = {
  key: string;
  name: string;
  skills: string[];
  zone: string;
  colour: string;
  workingHours: WeeklyHours;
  dailyCapacityHours: number;
  /** Off on the second planned working day (so the board shows time off this week). */
  offOnSecondDay?: string;
};

/** Colours are dark enough for white text and distinct on a white board (all ≥ 4.5:1 contrast). */
export const sampleTechnicians: SampleTechnician[] = [
  { key: 'alex', name: 'Alex Chen', skills: ['networking', 'servers', 'security', 'm365'], zone: 'Central', colour: '#1f5f9e', workingHours: [...office, saturday], dailyCapacityHours: 8 },
  { key: 'sam', name: 'Sam Okoro', skills: ['windows', 'printers', 'm365'], zone: 'North', colour: '#b71c1c', workingHours: [...early, saturday], dailyCapacityHours: 8 },
  { key: 'jordan', name: 'Jordan Blake', skills: ['cabling', 'networking', 'voip'], zone: 'South', colour: '#2e7d32', workingHours: [...early, saturday], dailyCapacityHours: 8 },
  { key: 'maria', name: 'Maria Santos', skills: ['macos', 'windows', 'm365'], zone: 'West', colour: '#6a1b9a', workingHours: [...office, sunday], dailyCapacityHours: 8 },
  {
    key: 'liam',
    name: "Liam O'Connor",
    skills: ['servers', 'security', 'windows'],
    zone: 'East',
    colour: '#7b4a26',
    workingHours: [...office, sunday],
    dailyCapacityHours: 8,
    offOnSecondDay: 'Training course',
  },
  {
    key: 'chloe',
    name: 'Chloe Martin',
    skills: ['printers', 'windows', 'voip'],
    zone: 'Central',
    colour: '#ad1457',
    // Part-time: mornings, Monday to Thursday.
    workingHours: [{ days: [1, 2, 3, 4], start: '09:00', end: '13:00' }],
    dailyCapacityHours: 4,
  },
  { key: 'ravi', name: 'Ravi Kumar', skills: ['networking', 'security', 'voip', 'cabling'], zone: 'North', colour: '#00695c', workingHours: [...early, sunday], dailyCapacityHours: 8 },
  { key: 'ellie', name: 'Ellie Turner', skills: ['macos', 'printers', 'm365', 'windows'], zone: 'West', colour: '#bf360c', workingHours: office, dailyCapacityHours: 8 },
];
