import { describe, expect, it } from 'vitest';
import { guessCategory, guessPriority, guessTicketState } from '../../../shared/import/value-guess';

describe('guessPriority', () => {
  it.each([
    ['Priority 1 - Emergency Response', 'P1'],
    ['Priority 2 - Quick Response', 'P2'],
    ['Priority 3 - Normal Response', 'P3'],
    ['Priority 4 - Schedule Maintenance', 'P4'],
    ['Urgent', 'P1'],
    ['critical', 'P1'],
    ['High', 'P2'],
    ['Medium', 'P3'],
    ['normal', 'P3'],
    ['Low', 'P4'],
    // Syncro numbers from 0 and puts the word after: the word wins.
    ['0 Urgent', 'P1'],
    ['1 High', 'P2'],
    ['2 Normal', 'P3'],
    ['3 Low', 'P4'],
    ['P2', 'P2'],
    ['3', 'P3'],
    ['p4', 'P4'],
  ])('%s → %s', (text, expected) => {
    expect(guessPriority(text)).toBe(expected);
  });

  it('gives no guess when there is no telling', () => {
    expect(guessPriority('Sometime-ish?')).toBeNull();
    expect(guessPriority('5')).toBeNull();
    expect(guessPriority('Priority 7')).toBeNull();
    expect(guessPriority('')).toBeNull();
  });
});

describe('guessCategory', () => {
  it.each([
    ['Hardware', 'hardware'],
    ['Server', 'hardware'],
    ['Network', 'network'],
    ['Wi-Fi', 'other'],
    ['Wireless', 'network'],
    ['Printer', 'printer'],
    ['Printing / Scanning', 'printer'],
    ['Security', 'security'],
    ['Software', 'software'],
    ['Email', 'software'],
    ['Incident', 'other'],
    ['Service Request', 'other'],
    ['problem', 'other'],
  ])('%s → %s', (text, expected) => {
    expect(guessCategory(text)).toBe(expected);
  });
});

describe('guessTicketState', () => {
  it('reads closed, resolved, solved, completed and cancelled as closed, anything else as open', () => {
    for (const closed of ['Closed', 'Closed (resolved)', '>Closed', 'Resolved', 'solved', 'Complete', 'Completed', 'Cancelled']) expect(guessTicketState(closed)).toBe('closed');
    for (const open of ['New', 'Open', 'In Progress', 'Pending', 'Waiting Customer', 'on-hold', 'Scheduled']) expect(guessTicketState(open)).toBe('open');
  });
});
