/**
 * Filling a template: `{{field}}` placeholders are replaced in one pass, so a value that itself
 * contains `{{…}}` is never expanded again. Unknown names are left in place and reported, so the
 * settings preview and the save can point at them.
 */
import { isMessageField, plainTextValue } from './fields';
import type { FieldValues, MessageField } from './fields';

const PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g;

export type Rendered = {
  text: string;
  /** Placeholders that name no field, as written (`{{tecnician}}` → `tecnician`). */
  unknown: string[];
  /** Known fields the template uses that have no value here (no technician booked yet…). */
  missing: MessageField[];
};

/** The field names a template uses, known or not, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/** Fill `template` with `values` (each made plain-text safe); an empty value leaves an empty gap. */
export function renderTemplate(template: string, values: FieldValues): Rendered {
  const unknown = new Set<string>();
  const missing = new Set<MessageField>();
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!isMessageField(name)) {
      unknown.add(name);
      return whole;
    }
    const value = plainTextValue(name, values[name] ?? '');
    if (value === '') missing.add(name);
    return value;
  });
  return { text, unknown: [...unknown], missing: [...missing] };
}
