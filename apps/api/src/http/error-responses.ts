import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

const ERROR_BODY: SchemaObject = {
  type: 'object',
  required: ['code', 'message', 'correlationId'],
  properties: {
    code: { type: 'string', description: 'Stable error code (SCREAMING_SNAKE)' },
    message: { type: 'string' },
    correlationId: { type: 'string' },
  },
};

/** Declares an operation's error answers: each status with the stable codes it may carry, and the error body. */
export function ApiErrors(errors: Record<number, string[]>) {
  return applyDecorators(
    ...Object.entries(errors).map(([status, codes]) =>
      ApiResponse({ status: Number(status), description: `Error body with code ${codes.join(', ')}`, schema: ERROR_BODY }),
    ),
  );
}
