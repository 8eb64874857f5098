/** The row version this desk last saw for each record, by table and key: what an update is checked against. */
export class RowVersions {
  private readonly byTable = new Map<string, Map<string, number>>();

  get(table: string, key: string): number | undefined {
    return this.byTable.get(table)?.get(key);
  }

  set(table: string, key: string, version: number): void {
    let map = this.byTable.get(table);
    if (!map) this.byTable.set(table, (map = new Map()));
    map.set(key, version);
  }

  delete(table: string, key: string): void {
    this.byTable.get(table)?.delete(key);
  }

  clear(): void {
    this.byTable.clear();
  }
}
