export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * Rows of any statement. TypeORM's PostgreSQL driver answers UPDATE and DELETE with `[rows, count]`
 * and every other statement with `rows`; this gives rows in both cases (rows are objects, never arrays).
 */
export async function rowsOf<T>(em: Queryable, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = await em.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
