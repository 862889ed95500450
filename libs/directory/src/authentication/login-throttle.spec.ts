import { ACCOUNT_POLICY, blockSecondsAfter, IP_POLICY } from './login-throttle';

describe('login throttle policy', () => {
  it.each([
    [1, 0], [4, 0], [5, 15], [6, 30], [7, 60], [8, 120], [9, 240], [10, 900], [25, 900],
  ])('account: after %i failures, blocked %i s', (failures, seconds) => {
    expect(blockSecondsAfter(failures, ACCOUNT_POLICY)).toBe(seconds);
  });

  it('gives an IP address a larger budget than one account', () => {
    expect(blockSecondsAfter(10, IP_POLICY)).toBe(0);
    expect(blockSecondsAfter(20, IP_POLICY)).toBe(15);
    expect(blockSecondsAfter(50, IP_POLICY)).toBe(900);
  });
});
