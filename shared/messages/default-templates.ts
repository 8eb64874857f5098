/**
 * The templates a new data file starts with. Plain text, friendly and short: a customer reads them
 * on a phone. Every `{{field}}` here is one of MESSAGE_FIELDS (a test checks).
 */
import type { TemplateId } from './template-ids';

const SIGN_OFF = '\n\nIf you have any questions, just reply to this e-mail.\n\n{{shopName}}';

export const DEFAULT_TEMPLATES: Record<TemplateId, { subject: string; body: string }> = {
  'booking-confirmation': {
    subject: 'Visit booked for {{arrivalDay}}: {{jobNumber}}',
    body:
      'Hello {{contactName}},\n\n' +
      'We have booked a visit for "{{jobTitle}}" (job {{jobNumber}}).\n\n' +
      'When: {{arrivalDay}}, arriving between {{arrivalWindow}}\n' +
      'Where: {{siteName}}, {{siteAddress}}\n' +
      'Technician: {{technicianName}}\n\n' +
      'If this time does not suit you, let us know and we will find another.' +
      SIGN_OFF,
  },
  'on-the-way': {
    subject: '{{technicianName}} is on the way: {{jobNumber}}',
    body:
      'Hello {{contactName}},\n\n' +
      '{{technicianName}} is on the way to {{siteName}} for "{{jobTitle}}" (job {{jobNumber}}) ' +
      'and expects to arrive between {{arrivalWindow}}.' +
      SIGN_OFF,
  },
  'running-late': {
    subject: 'Running late: new arrival time {{newArrivalTime}} for {{jobNumber}}',
    body:
      'Hello {{contactName}},\n\n' +
      'We are sorry: {{technicianName}} is running late for "{{jobTitle}}" (job {{jobNumber}}). ' +
      'The new arrival time at {{siteName}} is {{newArrivalTime}} on {{arrivalDay}}.' +
      SIGN_OFF,
  },
  'visit-completed': {
    subject: 'Visit completed: {{jobNumber}} {{jobTitle}}',
    body:
      'Hello {{contactName}},\n\n' +
      '{{technicianName}} has finished the visit for "{{jobTitle}}" (job {{jobNumber}}).\n\n' +
      'What was done:\n{{visitSummary}}' +
      SIGN_OFF,
  },
  'maintenance-reminder': {
    subject: 'Maintenance visit on {{arrivalDay}}: {{jobNumber}}',
    body:
      'Hello {{contactName}},\n\n' +
      'A reminder of your planned maintenance visit, "{{jobTitle}}" (job {{jobNumber}}):\n\n' +
      'When: {{arrivalDay}}, arriving between {{arrivalWindow}}\n' +
      'Where: {{siteName}}, {{siteAddress}}\n' +
      'Technician: {{technicianName}}\n\n' +
      'Please make sure someone can let us in and that the computers can be restarted.' +
      SIGN_OFF,
  },
};
