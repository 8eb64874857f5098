/**
 * A column mapping the user confirmed for one header layout, kept in the settings so the next
 * export from the same tool imports without questions. Keyed by the kind and the header row.
 */
import { z } from 'zod';
import { clientFields, importKinds, jobFields, technicianFields } from '../import/columns';
import { InstantSchema, PrioritySchema } from './common';
import { JobCategorySchema } from './job';

/** How many layouts are remembered; the oldest is forgotten first. */
export const MAX_SAVED_IMPORT_MAPPINGS = 50;
const MAX_COLUMNS = 200;
const MAX_VALUES = 500;

const header = z.string().max(200);
const valueMap = <V extends z.ZodType>(value: V) =>
  z.record(z.string().max(200), value).refine((m) => Object.keys(m).length <= MAX_VALUES, `at most ${MAX_VALUES} values`);

const fieldsOf = { jobs: jobFields, clients: clientFields, technicians: technicianFields } as const;

const MappingShape = z.object({
  kind: z.enum(importKinds as ['jobs', 'clients', 'technicians']),
  /** The file's header row as written. */
  headers: z.array(header).min(1).max(MAX_COLUMNS),
  /** Per column: the field it fills, or null (ignored). */
  fields: z.array(z.string().max(40).nullable()).max(MAX_COLUMNS),
  values: z.object({
    priority: valueMap(PrioritySchema.nullable()),
    category: valueMap(JobCategorySchema),
    status: valueMap(z.enum(['open', 'closed'])),
  }),
  dateOrder: z.enum(['ymd', 'mdy', 'dmy']).nullable(),
  includeClosed: z.boolean(),
});

type Shape = z.infer<typeof MappingShape>;
const oneFieldPerColumn = (m: Shape) => m.fields.length === m.headers.length;
const knownFields = (m: Shape) => m.fields.every((f) => f === null || (fieldsOf[m.kind] as readonly string[]).includes(f));

export const SavedImportMappingSchema = MappingShape.extend({ savedAt: InstantSchema })
  .refine(oneFieldPerColumn, { message: 'one field per column', path: ['fields'] })
  .refine(knownFields, { message: 'a field this kind of import does not have', path: ['fields'] });

/** What `import:remember` takes: a mapping without its time (the host stamps it). */
export const RememberMappingSchema = z
  .object({
    mapping: MappingShape.strict()
      .refine(oneFieldPerColumn, { message: 'one field per column', path: ['fields'] })
      .refine(knownFields, { message: 'a field this kind of import does not have', path: ['fields'] }),
  })
  .strict();

export type SavedImportMapping = z.infer<typeof SavedImportMappingSchema>;
export type ImportMappingInput = z.infer<typeof RememberMappingSchema>['mapping'];
