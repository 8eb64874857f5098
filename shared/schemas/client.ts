import { z } from 'zod';
import { IdSchema, ZoneSchema } from './common';
import { BlockTopUpSchema, ContractSchema } from './contract';

export const ClientSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, 'required').max(120),
  /** How the client's work is priced (shared/billing, docs/billing.md). */
  contract: ContractSchema,
  /** Block hours bought, oldest first; only `billing:topup` adds to it (since v5). */
  blockTopUps: z.array(BlockTopUpSchema).max(10_000).default([]),
  /** Id of an SLA policy (tier), e.g. `standard`, `priority`; its business hours also decide what is after hours. */
  slaTier: IdSchema,
  /** What a technician should know about their IT environment (domain, firewall, backup vendor…). */
  environmentNotes: z.string().max(4000).default(''),
});

export const SiteSchema = z.object({
  id: IdSchema,
  clientId: IdSchema,
  name: z.string().trim().min(1, 'required').max(120),
  address: z.string().trim().max(400).default(''),
  zone: ZoneSchema.default(''),
  accessNotes: z.string().max(2000).default(''),
});

export const ContactSchema = z.object({
  id: IdSchema,
  clientId: IdSchema,
  name: z.string().trim().min(1, 'required').max(120),
  phone: z.string().trim().max(40).default(''),
  email: z.union([z.literal(''), z.email('expected an e-mail address')]).default(''),
});

export type Client = z.infer<typeof ClientSchema>;
export type Site = z.infer<typeof SiteSchema>;
export type Contact = z.infer<typeof ContactSchema>;
