import { ClsService } from 'nestjs-cls';
import type { Actor } from './actor';

/** What the audit journal and the outbox need to know about the current request, kept in CLS. */
export interface RequestContext {
  requestId?: string;
  ip?: string;
  actor?: Actor;
}

export const CTX_REQUEST_ID = 'requestId';
export const CTX_IP = 'ip';
export const CTX_ACTOR = 'actor';

export function currentContext(cls: ClsService): RequestContext {
  if (!cls.isActive()) return {};
  return { requestId: cls.get(CTX_REQUEST_ID), ip: cls.get(CTX_IP), actor: cls.get(CTX_ACTOR) };
}
