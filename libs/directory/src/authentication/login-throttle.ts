/**
 * Login throttling policy, pure so it can be tested as a table. Failures within a 15-minute window first
 * slow a key down (short locks that double), then lock it for 15 minutes. Two keys are counted: the
 * account from one address (tight: the guesser's own address locks first), and the account from every
 * address (a larger budget, against guesses spread over many addresses). No key counts an address alone:
 * an office behind one address is not locked out by someone else's failures.
 */
export interface ThrottlePolicy {
  windowSeconds: number;
  slowAfter: number;
  lockAfter: number;
  firstDelaySeconds: number;
  lockSeconds: number;
}

/** One account from one address; also the second factor of one account. */
export const ACCOUNT_ADDRESS_POLICY: ThrottlePolicy = { windowSeconds: 900, slowAfter: 5, lockAfter: 10, firstDelaySeconds: 15, lockSeconds: 900 };
/** One account, whatever the address. */
export const ACCOUNT_POLICY: ThrottlePolicy = { windowSeconds: 900, slowAfter: 20, lockAfter: 50, firstDelaySeconds: 15, lockSeconds: 900 };

/** Seconds the key is blocked after its `failures`-th failure in the window (0: not blocked). */
export function blockSecondsAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.slowAfter) return 0;
  if (failures >= policy.lockAfter) return policy.lockSeconds;
  return Math.min(policy.lockSeconds, policy.firstDelaySeconds * 2 ** (failures - policy.slowAfter));
}
