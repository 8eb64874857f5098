/** The window title with the count of urgent unassigned jobs in front: "(3) Dispatch Console". */
export function titleWithCount(base: string, count: number): string {
  const plain = base.replace(/^\(\d+\)\s+/, '');
  return count > 0 ? `(${count}) ${plain}` : plain;
}
