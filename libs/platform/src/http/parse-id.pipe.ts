import { Injectable, PipeTransform } from '@nestjs/common';
import { NotFoundError } from '../errors/domain-error';
import { isUuid } from './uuid';

/**
 * The one pipe for path ids. A path id that is not a UUID names nothing: 404, the same answer as a missing or
 * invisible resource (never a 400 that would tell a malformed id from an unknown one).
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUuid(value)) throw new NotFoundError('Resource');
    return value.toLowerCase();
  }
}
