import { createHash } from 'node:crypto';
import { Client, type QueryConfig } from 'pg';

/**
 * Statements PostgreSQL plans once per connection instead of at every execution (ADR 0003, « Prepared
 * statements »). A statement sent with parameters and no name is parsed, analysed and planned at every execution;
 * for mnio's short statements the planning is most of PostgreSQL's work (measured on this machine: the actor's
 * lookup, a four-table join by keys, 7,700 executions/s planned each time against 33,500/s prepared; an unread count
 * 18,000/s against 34,500/s). A text given to `prepared()` is sent under a name made from its text, so each pool
 * connection parses and plans it once and afterwards only binds and executes it.
 *
 * Only for statements whose best plan does not depend on the values: lookups and writes by key (the actor, a case
 * by id, an audit stream's head, the outbox). Never for a list or a search, whose plan depends on who asks (an
 * organisation that sees three cases or thirty thousand: ADR 0007): PostgreSQL may settle on one generic plan for
 * a named statement after five executions. Name every column (no `*`, no `RETURNING *`): a named statement's result
 * may not change shape when a migration adds a column (ADR 0012).
 */
const NAMES = new Map<string, string>();
/**
 * The texts are code (a constant, or a template over code such as `bumpVersion`'s table): a few dozen. Past this
 * many, a text is sent unnamed, so that a text built from values by mistake cannot grow every connection's
 * statements without end.
 */
const MAX_PREPARED = 1000;

/** Registers `text` as a prepared statement and gives it back unchanged, to pass to `em.query` as usual. */
export function prepared(text: string): string {
  if (!NAMES.has(text) && NAMES.size < MAX_PREPARED) NAMES.set(text, `mnio_${createHash('sha256').update(text).digest('hex').slice(0, 16)}`);
  return text;
}

/** The name `text` is sent under, or undefined when it was not registered with `prepared()`. */
export function preparedName(text: string): string | undefined {
  return NAMES.get(text);
}

type QueryFn = (this: Client, ...args: unknown[]) => unknown;

/**
 * The pool's client (`extra.Client` in `databaseOptions`): a `pg` client that sends a registered text under its
 * name. Anything else (a text not registered, a query object, a call with a callback) goes through unchanged.
 */
export class PreparingClient extends Client {
  constructor(config?: ConstructorParameters<typeof Client>[0]) {
    super(config);
    // A connection the server ends (a restart: 57P01) emits 'error'. The pool listens while the client is idle and
    // TypeORM once its query runner holds it, but a client handed from the pool to a waiting query runner has no
    // listener until that runner's next microtask: an 'error' parsed from the same socket read in between crashed
    // the process (seen when PostgreSQL was stopped under load, test/e2e/foundation/database-outage). The error
    // still reaches the query in flight, and the pool drops a client that is no longer queryable when it comes back.
    this.on('error', () => undefined);
  }
}

// pg's `query` has many overloads: this only rewrites (text, values) into ({ name, text, values }). The base
// method is looked up at each call, so a wrapper installed on `Client.prototype` later (the benchmarks' SQL
// recorder) still sees every statement.
(PreparingClient.prototype as unknown as { query: QueryFn }).query = function preparingQuery(this: Client, ...args: unknown[]) {
  const base = (Client.prototype as unknown as { query: QueryFn }).query;
  const [text, values, callback] = args;
  if (typeof text === 'string' && args.length <= 2 && callback === undefined && (values === undefined || Array.isArray(values))) {
    const name = NAMES.get(text);
    if (name) return base.call(this, { name, text, values } satisfies QueryConfig);
  }
  return base.apply(this, args);
};
