import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';
import { statusOf } from '@mnio/platform';

/** Every failure's body (HttpErrorFilter): a stable code to switch on, an English message, the request's id. */
export class ErrorBodyDto {
  @ApiProperty({ description: 'Stable error code (SCREAMING_SNAKE), what clients switch on', example: 'NOT_FOUND' })
  code!: string;

  @ApiProperty({ description: 'English, for developers; never personal data' })
  message!: string;

  @ApiProperty({ description: "The request's id, to quote when reporting a problem" })
  correlationId!: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Facts about the failure (e.g. `currentVersion`, the invalid fields); never personal data' })
  details?: Record<string, unknown>;
}

/**
 * @nestjs/swagger's metadata of `@ApiOperation` (its `DECORATORS.API_OPERATION`, not exported): an empty
 * `@ApiSecurity` list is dropped by its explorer, an operation's own `security: []` is kept.
 */
const API_OPERATION = 'swagger/apiOperation';

/** What every route behind a token may answer: no or an expired token, a role or organisation that may not. */
const SIGNED_IN = ['UNAUTHENTICATED', 'TOKEN_EXPIRED', 'FORBIDDEN'];

function errorResponses(codes: readonly string[]): MethodDecorator & ClassDecorator {
  const byStatus = new Map<number, string[]>();
  for (const code of new Set(codes)) {
    const status = statusOf(code);
    // A typo, or a code whose context's `*.errors.ts` is not loaded: fail when the API starts, not in a partner's hands.
    if (status === 500 && code !== 'INTERNAL_ERROR') throw new Error(`ApiErrors: unknown error code ${code}`);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return applyDecorators(
    ApiExtraModels(ErrorBodyDto),
    ...[...byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([status, list]) =>
        ApiResponse({
          status,
          description: `One of: ${list.map((c) => `\`${c}\``).join(', ')}`,
          content: {
            'application/json': {
              schema: {
                allOf: [{ $ref: '#/components/schemas/ErrorBodyDto' }, { type: 'object', properties: { code: { type: 'string', enum: list } } }],
              },
            },
          },
        }),
      ),
  );
}

/**
 * The error answers of a route behind a token: the codes it may return (from `PlatformErrors` or a context's
 * `*.errors.ts`), grouped by their HTTP status, each with the error body. 401 `UNAUTHENTICATED`/`TOKEN_EXPIRED`
 * and 403 `FORBIDDEN` are always added. An unknown code throws when the API starts.
 *
 *     @ApiOperation({ summary: 'Reads a case', description: '…' })
 *     @ApiErrors('NOT_FOUND')
 */
export const ApiErrors = (...codes: string[]) => errorResponses([...SIGNED_IN, ...codes]);

/**
 * A route reached without a token (`@Public()`): declares `security: []` and only the error codes given.
 */
export const ApiPublic = (...codes: string[]): MethodDecorator =>
  applyDecorators(
    ((_target: object, _key: string | symbol, descriptor: PropertyDescriptor) => {
      // Merged with the summary and description, whichever of the two decorators runs first.
      Reflect.defineMetadata(API_OPERATION, { ...Reflect.getMetadata(API_OPERATION, descriptor.value), security: [] }, descriptor.value);
    }) as MethodDecorator,
    errorResponses(codes),
  );

/**
 * A route that answers a file or a page, not JSON: its 200 answer in each content type given
 * (`@ApiFile('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')`).
 */
export const ApiFile = (...contentTypes: string[]) =>
  ApiResponse({
    status: 200,
    description: `The file (${contentTypes.join(', ')})`,
    content: Object.fromEntries(contentTypes.map((t) => [t, { schema: { type: 'string', ...(t.startsWith('text/') ? {} : { format: 'binary' }) } }])),
  });
