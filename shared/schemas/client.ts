import { z } from 'zod';
import { IdSchema, ZoneSchema } from './common';

export const ContractTypeSchema = z.enum(['break-fix', 'block-hours', 'managed']);

export const ClientSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, 'required').max(120),
  /** `break-fix` is time and materials; `block-hours` draws down prepaid hours; `managed` is a monthly contract. */
  contractType: ContractTypeSchema,
  /** Id of an SLA policy (tier), e.g. `standard`, `priority`. */
  slaTier: IdSchema,
  hourlyRate: z.number().min(0).max(100_000),
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

export type ContractType = z.infer<typeof ContractTypeSchema>;
export type Client = z.infer<typeof ClientSchema>;
export type Site = z.infer<typeof SiteSchema>;
export type Contact = z.infer<typeof ContactSchema>;
