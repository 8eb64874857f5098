import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../shared/messages/default-templates';
import { headerSafe, MESSAGE_FIELDS, plainTextValue } from '../../../shared/messages/fields';
import { placeholdersOf, renderTemplate } from '../../../shared/messages/render';
import { MessageSettingsSchema, MessageTemplateSchema } from '../../../shared/schemas/messages';

describe('renderTemplate', () => {
  it('replaces known fields, tolerating spaces inside the braces', () => {
    expect(renderTemplate('Hi {{contactName}}, job {{ jobNumber }}.', { contactName: 'Megan', jobNumber: 'J-1' })).toEqual({
      text: 'Hi Megan, job J-1.',
      unknown: [],
      missing: [],
    });
  });

  it('leaves unknown fields in place and reports each once', () => {
    const r = renderTemplate('{{tecnician}} {{tecnician}} {{jobNumber}} {{}}', { jobNumber: 'J-1' });
    expect(r.text).toBe('{{tecnician}} {{tecnician}} J-1 {{}}');
    expect(r.unknown).toEqual(['tecnician', '']);
  });

  it('reports known fields without a value and leaves them empty', () => {
    expect(renderTemplate('With {{technicianName}}.', {})).toEqual({ text: 'With .', unknown: [], missing: ['technicianName'] });
  });

  it('never expands a placeholder that arrives inside a value', () => {
    const r = renderTemplate('{{jobTitle}} / {{contactName}}', { jobTitle: 'Fix {{contactName}} now', contactName: 'Megan' });
    expect(r.text).toBe('Fix {{contactName}} now / Megan');
  });

  it('does not treat `$&` or `$1` in a value as a replacement pattern', () => {
    expect(renderTemplate('{{jobTitle}}', { jobTitle: 'Costs $& and $1' }).text).toBe('Costs $& and $1');
  });

  it('lists the placeholders of a template in order of first use', () => {
    expect(placeholdersOf('{{a}} {{b}} {{ a }}')).toEqual(['a', 'b']);
  });
});

describe('plain-text values and header-safe subjects', () => {
  it('folds line breaks of one-line fields and removes control and direction-override characters', () => {
    expect(plainTextValue('contactName', 'Megan\r\nBcc: x@evil.example')).toBe('Megan Bcc: x@evil.example');
    expect(plainTextValue('siteName', 'Quay\u202Eteerts\u0007 St\u2028Bristol')).toBe('Quayteerts St Bristol');
  });

  it('keeps the visit summary on several lines with normalised line ends', () => {
    expect(plainTextValue('visitSummary', '  Replaced PSU\r\nChecked backups\r\r\n\n\nDone\u0000  ')).toBe('Replaced PSU\nChecked backups\n\nDone');
  });

  it('makes a subject one header line, however it was built, and caps its length', () => {
    expect(headerSafe('Visit\r\nBcc: x@evil.example\u2028X-Test: 1')).toBe('Visit Bcc: x@evil.example X-Test: 1');
    expect(headerSafe('a\n\n\nb')).toBe('a b');
    expect([...headerSafe('é'.repeat(400))]).toHaveLength(250);
  });
});

describe('stored templates', () => {
  it('every default template parses and uses only known fields', () => {
    for (const template of Object.values(DEFAULT_TEMPLATES)) {
      expect(MessageTemplateSchema.safeParse(template).success).toBe(true);
      for (const name of [...placeholdersOf(template.subject), ...placeholdersOf(template.body)]) expect(Object.keys(MESSAGE_FIELDS)).toContain(name);
    }
  });

  it('refuses a subject template with a line break', () => {
    expect(MessageTemplateSchema.safeParse({ subject: 'a\nb', body: 'x' }).success).toBe(false);
  });

  it('a new file has every template, no SMTP server and a two-hour arrival window', () => {
    const settings = MessageSettingsSchema.parse({});
    expect(Object.keys(settings.templates)).toEqual(['booking-confirmation', 'on-the-way', 'running-late', 'visit-completed', 'maintenance-reminder']);
    expect(settings.smtp).toEqual({ host: '', port: 587, tls: 'starttls', user: '', fromAddress: '', fromName: '' });
    expect(settings.arrivalWindowMinutes).toBe(120);
  });
});
