import { describe, expect, it } from 'vitest';
import { recognisePreset, suggestFields } from '../../../shared/import/presets';

const cw = ['Ticket #', 'Board', 'Company', 'Contact', 'Summary Description', 'Priority', 'Status', 'Date Entered', 'Budget Hours'];

describe('recognisePreset', () => {
  it('knows each tool by its header row, whatever the case and spacing', () => {
    expect(recognisePreset(cw)?.name).toBe('ConnectWise Manage');
    expect(recognisePreset(['ticket number', 'TITLE', 'Organization', 'Issue Type', 'Created'])?.id).toBe('autotask');
    expect(recognisePreset(['Ticket ID', 'Subject', 'Status', 'Created time', 'Requester Name'])?.id).toBe('freshdesk');
    expect(recognisePreset(['Id', 'Requester', 'Organization', 'Subject', 'Created at'])?.id).toBe('zendesk');
    expect(recognisePreset(['ID', 'Summary', 'Client', 'Date Occurred'])?.id).toBe('halopsa');
    expect(recognisePreset(['Ticket Number', 'Subject', 'Customer', 'Problem Type', 'Created'])?.id).toBe('syncro');
  });

  it('recognises nothing from a partial or a plain file', () => {
    expect(recognisePreset(['Ticket #', 'Summary Description'])).toBeNull();
    expect(recognisePreset(['client', 'title', 'priority', 'external_ref'])).toBeNull();
    expect(recognisePreset([])).toBeNull();
  });
});

describe('suggestFields', () => {
  it("pre-fills a recognised tool's columns and ignores the rest", () => {
    const { preset, fields } = suggestFields('jobs', cw);
    expect(preset?.id).toBe('connectwise-manage');
    expect(fields).toEqual(['external_ref', null, 'client', 'contact', 'title', 'priority', 'status', 'received_at', 'estimate_hours']);
  });

  it('falls back to the known spellings, never filling a field twice', () => {
    const { preset, fields } = suggestFields('jobs', ['Customer', 'Company', 'Subject', 'Created time', 'Requester Name', 'Whatever']);
    expect(preset).toBeNull();
    expect(fields).toEqual(['client', null, 'title', 'received_at', 'contact', null]);
  });

  it('keeps a column of ours that a preset does not name, unless the tool means something else by it', () => {
    const { fields } = suggestFields('jobs', [...cw, 'Notes', 'Resources']);
    expect(fields.slice(-2)).toEqual(['notes', null]);
  });
});
