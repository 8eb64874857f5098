/** The messages a shop sends customers, in the order the console offers them. */
export const MESSAGE_TEMPLATE_IDS = ['booking-confirmation', 'on-the-way', 'running-late', 'visit-completed', 'maintenance-reminder'] as const;

export type TemplateId = (typeof MESSAGE_TEMPLATE_IDS)[number];

/** What the dispatcher reads in menus and in job history. */
export const TEMPLATE_LABELS: Record<TemplateId, string> = {
  'booking-confirmation': 'Booking confirmation',
  'on-the-way': 'Technician on the way',
  'running-late': 'Running late',
  'visit-completed': 'Visit completed',
  'maintenance-reminder': 'Maintenance reminder',
};
