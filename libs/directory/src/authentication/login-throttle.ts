/**
 * Login throttling policy, pure so it can be tested as a table. Failures within a 15-minute window
 * first slow an account down (short locks that double), then lock it for 15 minutes. An IP address
 * gets a larger budget, since offices share one.
 */
export interface ThrottlePolicy {
  windowSeconds: number;
  slowAfter: number;
  lockAfter: number;
  firstDelaySeconds: number;
  lockSeconds: number;
}

export const ACCOUNT_POLICY: ThrottlePolicy = { windowSeconds: 900, slowAfter: 5, lockAfter: 10, firstDelaySeconds: 15, lockSeconds: 900 };
export const IP_POLICY: ThrottlePolicy = { windowSeconds: 900, slowAfter: 20, lockAfter: 50, firstDelaySeconds: 15, lockSeconds: 900 };

/** Seconds the key is blocked after its `failures`-th failure in the window (0: not blocked). */
export function blockSecondsAfter(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.slowAfter) return 0;
  if (failures >= policy.lockAfter) return policy.lockSeconds;
  return Math.min(policy.lockSeconds, policy.firstDelaySeconds * 2 ** (failures - policy.slowAfter));
}
