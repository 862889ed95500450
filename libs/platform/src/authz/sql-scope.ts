import { rulesToQuery } from '@casl/ability/extra';
import type { AppAbility } from './ability';

export interface ScopeColumn {
  /** SQL expression of the field, e.g. `c.territory`. */
  sql: string;
  /** The column is an array: `$in`/`$eq` mean "overlaps"/"contains". */
  array?: boolean;
}

type Condition = Record<string, unknown>;

/**
 * Turns the same CASL rules the handlers check into a SQL predicate, so a list is scoped in the query
 * and never filtered after loading. Supports the operators our rules use: equality, $in, $ne, $nin.
 * A field without a column mapping is a programming error, not a silent "allow".
 *
 * The predicate uses positional parameters (`$n`): each value is appended to `params`, the array the caller then
 * passes to `query(sql, params)`, so the scope composes with the caller's own `$n` filters in any order.
 */
export function sqlScope(ability: AppAbility, action: string, subjectType: string, columns: Record<string, ScopeColumn>, params: unknown[]): string {
  const param = (value: unknown): string => `$${params.push(value)}`;

  const field = (name: string, value: unknown): string => {
    const col = columns[name];
    if (!col) throw new Error(`sqlScope: no column mapping for ${subjectType}.${name}`);
    const op = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { $eq: value };
    const parts = Object.entries(op).map(([operator, operand]) => {
      switch (operator) {
        case '$eq':
          if (operand === null) return `${col.sql} IS NULL`;
          // An array holding the value: `&&` with a one-element array, not `value = ANY(array)`, so that a GIN index on
          // the column can answer it (a case list for an organisation that sees few cases reads those, not the table).
          return col.array ? `${col.sql} && ${param([operand])}` : `${col.sql} = ${param(operand)}`;
        case '$ne':
          if (operand === null) return `${col.sql} IS NOT NULL`;
          return col.array ? `NOT (${param(operand)} = ANY(${col.sql}))` : `${col.sql} IS DISTINCT FROM ${param(operand)}`;
        case '$in':
          return col.array ? `${col.sql} && ${param(operand)}` : `${col.sql} = ANY(${param(operand)})`;
        case '$nin':
          return col.array ? `NOT (${col.sql} && ${param(operand)})` : `NOT (${col.sql} = ANY(${param(operand)}))`;
        default:
          throw new Error(`sqlScope: unsupported operator ${operator}`);
      }
    });
    return parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`;
  };

  const condition = (c: Condition): string => {
    const parts = Object.entries(c).map(([k, v]) => {
      if (k === '$and') return `(${(v as Condition[]).map(condition).join(' AND ')})`;
      if (k === '$or') return `(${(v as Condition[]).map(condition).join(' OR ')})`;
      if (k === '$nor') return `NOT (${(v as Condition[]).map(condition).join(' OR ')})`;
      return field(k, v);
    });
    return parts.length === 0 ? 'TRUE' : parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`;
  };

  const query = rulesToQuery(ability, action, subjectType, (rule) => {
    if (!rule.ast) throw new Error('sqlScope: rule without conditions AST');
    return rule.inverted ? { $nor: [rule.conditions as Condition] } : (rule.conditions as Condition);
  });
  if (query === null) return 'FALSE';
  if (Object.keys(query).length === 0) return 'TRUE';
  return condition(query as Condition);
}
