/** A delivery that did not go through: a short code (logged and stored) and whether trying again may help. */
export class SendFailure extends Error {
  constructor(
    readonly code: string,
    readonly retryable: boolean,
  ) {
    super(`delivery failed: ${code}`);
  }
}
