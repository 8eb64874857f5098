/** `a`, `a and b`, `a, b and c` (empty for no items): how the console lists things in a sentence. */
export function listText(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}
