/**
 * One atomic write as a single SQL statement: a first data-modifying CTE named `u` (the case row written), and
 * further CTEs that only act `FROM u` — so when `u` touches no row (a stale version), nothing else happens.
 * One round trip instead of a transaction's five or more.
 */
export class WriteStatement {
  private readonly params: unknown[] = [];
  private readonly ctes: string[] = [];

  /** A bind parameter placeholder for `value`. */
  p(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  head(sql: string): this {
    if (this.ctes.length > 0) throw new Error('the head CTE must come first');
    this.ctes.push(`u AS (${sql} RETURNING id)`);
    return this;
  }

  then(sql: string): this {
    if (this.ctes.length === 0) throw new Error('a head CTE is required');
    this.ctes.push(`w${this.ctes.length} AS (${sql})`);
    return this;
  }

  build(): { sql: string; params: unknown[] } {
    return { sql: `WITH ${this.ctes.join(',\n')}\nSELECT count(*)::int AS written FROM u`, params: this.params };
  }
}
