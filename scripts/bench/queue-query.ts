/**
 * Which text to type into the queue filter: a word whose every prefix changes the shown count, so
 * each keystroke has a visible result to wait for. Uses the renderer's own queue model.
 */
import { filterRows, toQueueRows } from '../../renderer/src/features/queue/queue-model';
import type { DispatchDocument } from '../../shared/schemas/document';

const fmt = new Intl.NumberFormat('en-GB');

/** The count text the queue header shows for `shown` of `total`. */
export function countText(shown: number, total: number): string {
  return shown === total ? fmt.format(total) : `${fmt.format(shown)} of ${fmt.format(total)}`;
}

export function chooseQueueQuery(doc: DispatchDocument): { query: string; expected: string[]; total: number } {
  const queued = doc.jobs.filter((j) => (j.status === 'new' || j.status === 'on-hold') && j.assignment === null);
  const rows = toQueueRows(queued, { clients: doc.clients, sites: doc.sites, contacts: doc.contacts, revision: 0 });
  const total = rows.length;
  const words = new Set<string>();
  for (const c of doc.clients.slice(0, 60)) for (const w of c.name.toLowerCase().split(/\s+/)) if (w.length >= 4) words.add(w);
  let best: { query: string; expected: string[] } | null = null;
  for (const word of words) {
    // The longest prefix of the word whose every keystroke changes the count text.
    const texts: string[] = [];
    let previous = countText(total, total);
    for (let i = 1; i <= word.length; i++) {
      const text = countText(filterRows(rows, word.slice(0, i)).length, total);
      if (text === previous) break;
      texts.push(text);
      previous = text;
    }
    if (texts.length >= 3 && (!best || texts.length > best.expected.length)) best = { query: word.slice(0, texts.length), expected: texts };
  }
  if (!best) throw new Error('no filter word changes the count on every keystroke');
  return { ...best, total };
}
