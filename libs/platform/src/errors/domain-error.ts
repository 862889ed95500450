/**
 * A failure the caller can act on. `code` is stable (SCREAMING_SNAKE) and is what clients switch on;
 * `message` is English for developers; neither may carry personal data.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export type ErrorStatusTable = Record<string, number>;

/** Codes every context may raise. Contexts add theirs with `registerErrorCodes`. */
export const PlatformErrors = {
  VALIDATION_FAILED: 400,
  UNKNOWN_FIELD: 400,
  MALFORMED_JSON: 400,
  JSON_TOO_DEEP: 400,
  INVALID_CURSOR: 400,
  UNAUTHENTICATED: 401,
  TOKEN_EXPIRED: 401,
  MFA_REQUIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  /** Optimistic concurrency: the version sent is not the stored one (`details.currentVersion` when known). */
  VERSION_CONFLICT: 409,
  ILLEGAL_TRANSITION: 409,
  CONFLICT: 409,
  CONCURRENT_UPDATE: 409,
  UNPROCESSABLE: 422,
  /** A state machine has no move of that name (every machine: tracks, orientation steps, actions, transfers). */
  UNKNOWN_MOVE: 422,
  PRECONDITION_REQUIRED: 428,
  TOO_MANY_REQUESTS: 429,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const satisfies ErrorStatusTable;

const table = new Map<string, number>(Object.entries(PlatformErrors));

/** One table maps every code to its HTTP status; a code registered twice with two statuses is a bug. */
export function registerErrorCodes(codes: ErrorStatusTable): void {
  for (const [code, status] of Object.entries(codes)) {
    const existing = table.get(code);
    if (existing !== undefined && existing !== status) {
      throw new Error(`Error code ${code} registered with ${existing} and ${status}`);
    }
    table.set(code, status);
  }
}

export function statusOf(code: string): number {
  return table.get(code) ?? 500;
}

export function knownErrorCodes(): string[] {
  return [...table.keys()].sort();
}

export class NotFoundError extends DomainError {
  /** Same body whether the resource is missing or invisible to the actor. */
  constructor(subject: string) {
    super('NOT_FOUND', `${subject} not found`);
  }
}

export class ForbiddenError extends DomainError {
  constructor(code = 'FORBIDDEN', message = 'You may not do this') {
    super(code, message);
  }
}
