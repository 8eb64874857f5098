/**
 * The sections of the Settings dialog, in order. Each feature adds its own section here with one
 * line (alert settings go next to SLA tiers); the dialog renders whatever is listed.
 */
import type { ComponentType } from 'react';
import { IntakeSection } from './IntakeSection';
import { AlertSettingsSection } from '../alerts/AlertSettingsSection';
import { SlaPoliciesSection } from './SlaPoliciesSection';
import { MessagesSection } from '../messages/MessagesSection';
import { PartsSection } from '../close-out/PartsSection';
import { CalendarFeedsSection } from '../calendar/CalendarFeedsSection';
import { BillingSettingsSection } from '../billing/BillingSettingsSection';
import { PlanningSection } from './PlanningSection';
import { SharedDatabaseSection } from '../shared-database/SharedDatabaseSection';

export type SettingsSection = {
  /** Stable id, used in element ids and tests. */
  id: string;
  /** Tab label. */
  title: string;
  Component: ComponentType;
};

export const settingsSections: readonly SettingsSection[] = [
  { id: 'sla', title: 'SLA tiers', Component: SlaPoliciesSection },
  { id: 'alerts', title: 'Alerts', Component: AlertSettingsSection },
  { id: 'planning', title: 'Planning', Component: PlanningSection },
  { id: 'intake', title: 'Intake API', Component: IntakeSection },
  { id: 'messages', title: 'Messages', Component: MessagesSection },
  { id: 'parts', title: 'Parts', Component: PartsSection },
  { id: 'calendar', title: 'Calendar feeds', Component: CalendarFeedsSection },
  { id: 'billing', title: 'Billing', Component: BillingSettingsSection },
  { id: 'shared-database', title: 'Shared database', Component: SharedDatabaseSection },
];
