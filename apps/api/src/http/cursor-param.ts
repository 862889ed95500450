import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/**
 * The one page parameter of every list: `cursor`, the `nextCursor` of the previous page, passed back as given.
 * Opaque to clients; the list decodes and checks it (400 `INVALID_CURSOR` when it is not one it gave out).
 */
export const CursorParam = () =>
  applyDecorators(
    ApiPropertyOptional({ description: 'The nextCursor of the previous page, passed back as given (opaque).' }),
    IsOptional(),
    IsString(),
  );
