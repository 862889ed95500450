import { ACCOUNT_ADDRESS_POLICY, ACCOUNT_POLICY, blockSecondsAfter } from './login-throttle';

describe('login throttle policy', () => {
  it.each([
    [1, 0], [4, 0], [5, 15], [6, 30], [7, 60], [8, 120], [9, 240], [10, 900], [25, 900],
  ])('account from one address: after %i failures, blocked %i s', (failures, seconds) => {
    expect(blockSecondsAfter(failures, ACCOUNT_ADDRESS_POLICY)).toBe(seconds);
  });

  it('gives an account over every address a larger budget than from one address', () => {
    expect(blockSecondsAfter(10, ACCOUNT_POLICY)).toBe(0);
    expect(blockSecondsAfter(19, ACCOUNT_POLICY)).toBe(0);
    expect(blockSecondsAfter(20, ACCOUNT_POLICY)).toBe(15);
    expect(blockSecondsAfter(50, ACCOUNT_POLICY)).toBe(900);
  });
});
