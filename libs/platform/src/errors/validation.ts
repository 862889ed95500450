import { ValidationError, ValidationPipe } from '@nestjs/common';
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

/**
 * The global pipe: whitelist, forbid unknown fields, transform. Values are never echoed back
 * (they may be identity), only field paths and the names of the failed constraints.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
