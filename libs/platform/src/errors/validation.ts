import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from './domain-error';

interface FieldProblem {
  field: string;
  constraints: string[];
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own: FieldProblem[] = e.constraints ? [{ field, constraints: Object.keys(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** A lone UTF-16 surrogate: half of a character, which no text typed by a person holds. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The paths of the strings in `value` (a parsed body, query or parameter) that are not well-formed Unicode. */
export function illFormedStrings(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? [path] : [];
  // what JSON, a query string or a route parameter parse into: arrays and plain objects (never a Buffer or a class)
  if (!Array.isArray(value) && (value === null || typeof value !== 'object' || ![Object.prototype, null].includes(Object.getPrototypeOf(value)))) return [];
  return Object.entries(value).flatMap(([key, v]) => illFormedStrings(v, path ? `${path}.${key}` : key));
}

/**
 * Refuses ill-formed Unicode before any validator sees it: some throw on a lone surrogate instead of failing (the
 * e-mail check of validator.js runs it through `encodeURI`), which answered 500, and none of it could be stored as
 * sent (PostgreSQL's UTF-8 has no such character).
 */
class WellFormedValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // what the request sent (a custom decorator's value, such as the signed-in actor, is the application's own)
    const sent = metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param';
    const illFormed = sent ? illFormedStrings(value, metadata.type === 'param' ? (metadata.data ?? '') : '') : [];
    if (illFormed.length) {
      throw new DomainError('VALIDATION_FAILED', 'Request validation failed', { fields: illFormed.map((field) => ({ field, constraints: ['wellFormedUnicode'] })) });
    }
    return super.transform(value, metadata);
  }
}

/**
 * The global pipe: well-formed text only, whitelist, forbid unknown fields, transform. Values are never echoed back
 * (they may be identity), only field paths and the names of the failed constraints.
 */
export function createValidationPipe(): ValidationPipe {
  return new WellFormedValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      const unknown = fields.some((f) => f.constraints.includes('whitelistValidation'));
      return new DomainError(unknown ? 'UNKNOWN_FIELD' : 'VALIDATION_FAILED', unknown ? 'Unknown field in request' : 'Request validation failed', { fields });
    },
  });
}
