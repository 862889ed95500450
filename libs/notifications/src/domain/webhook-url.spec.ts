import { isPrivateAddress, webhookUrlProblem } from './webhook-url';

describe('webhook URLs', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '::', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1'])(
    '%s is private',
    (ip) => expect(isPrivateAddress(ip)).toBe(true),
  );

  it.each(['8.8.8.8', '172.32.0.1', '193.51.24.1', '2001:4860:4860::8888'])('%s is public', (ip) => expect(isPrivateAddress(ip)).toBe(false));

  it.each([
    ['https://partner.example.fr/hooks/mnio', false, null],
    ['http://partner.example.fr/hooks', false, 'must use https'],
    ['https://user:pw@partner.example.fr/', false, 'must not carry credentials'],
    ['https://localhost/hook', false, 'must be a public host'],
    ['https://127.0.0.1:8443/hook', false, 'must be a public host'],
    ['https://[::1]/hook', false, 'must be a public host'],
    ['https://169.254.169.254/latest', false, 'must be a public host'],
    ['https://intranet.corp/hook', false, 'must be a public host'],
    ['ftp://partner.example.fr/', false, 'must use https'],
    ['not a url', false, 'not a URL'],
    ['http://127.0.0.1:4000/hook', true, null],
  ])('%s (private allowed: %p) → %p', (url, allowPrivate, problem) => {
    expect(webhookUrlProblem(url, allowPrivate)).toBe(problem);
  });
});
