/**
 * The customer-message settings version 5 wrote into every migrated file, frozen here: the
 * templates a later release ships as defaults must not change what this migration writes.
 */
export const MESSAGE_SETTINGS_V5 = {
  smtp: { host: '', port: 587, tls: 'starttls', user: '', fromAddress: '', fromName: '' },
  arrivalWindowMinutes: 120,
  templates: {
    'booking-confirmation': {
      subject: "Visit booked for {{arrivalDay}}: {{jobNumber}}",
      body: "Hello {{contactName}},\n\nWe have booked a visit for \"{{jobTitle}}\" (job {{jobNumber}}).\n\nWhen: {{arrivalDay}}, arriving between {{arrivalWindow}}\nWhere: {{siteName}}, {{siteAddress}}\nTechnician: {{technicianName}}\n\nIf this time does not suit you, let us know and we will find another.\n\nIf you have any questions, just reply to this e-mail.\n\n{{shopName}}",
    },
    'on-the-way': {
      subject: "{{technicianName}} is on the way: {{jobNumber}}",
      body: "Hello {{contactName}},\n\n{{technicianName}} is on the way to {{siteName}} for \"{{jobTitle}}\" (job {{jobNumber}}) and expects to arrive between {{arrivalWindow}}.\n\nIf you have any questions, just reply to this e-mail.\n\n{{shopName}}",
    },
    'running-late': {
      subject: "Running late: new arrival time {{newArrivalTime}} for {{jobNumber}}",
      body: "Hello {{contactName}},\n\nWe are sorry: {{technicianName}} is running late for \"{{jobTitle}}\" (job {{jobNumber}}). The new arrival time at {{siteName}} is {{newArrivalTime}} on {{arrivalDay}}.\n\nIf you have any questions, just reply to this e-mail.\n\n{{shopName}}",
    },
    'visit-completed': {
      subject: "Visit completed: {{jobNumber}} {{jobTitle}}",
      body: "Hello {{contactName}},\n\n{{technicianName}} has finished the visit for \"{{jobTitle}}\" (job {{jobNumber}}).\n\nWhat was done:\n{{visitSummary}}\n\nIf you have any questions, just reply to this e-mail.\n\n{{shopName}}",
    },
    'maintenance-reminder': {
      subject: "Maintenance visit on {{arrivalDay}}: {{jobNumber}}",
      body: "Hello {{contactName}},\n\nA reminder of your planned maintenance visit, \"{{jobTitle}}\" (job {{jobNumber}}):\n\nWhen: {{arrivalDay}}, arriving between {{arrivalWindow}}\nWhere: {{siteName}}, {{siteAddress}}\nTechnician: {{technicianName}}\n\nPlease make sure someone can let us in and that the computers can be restarted.\n\nIf you have any questions, just reply to this e-mail.\n\n{{shopName}}",
    },
  },
} as const;
