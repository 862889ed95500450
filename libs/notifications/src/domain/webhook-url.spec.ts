import { parseAllowedAddresses } from './webhook-address';
import { webhookUrlProblem } from './webhook-url';

describe('webhook URLs', () => {
  const loopbackAllowed = parseAllowedAddresses('127.0.0.1');
  it.each([
    ['https://partner.example.fr/hooks/mnio', [], null],
    ['http://partner.example.fr/hooks', [], 'must use https'],
    ['https://user:pw@partner.example.fr/', [], 'must not carry credentials'],
    ['https://partner.example.fr/#x', [], 'must not have a fragment'],
    ['https://localhost/hook', [], 'must be a public host'],
    ['https://127.0.0.1:8443/hook', [], 'must be a public host'],
    ['https://0177.0.0.1/hook', [], 'must be a public host'],
    ['https://2130706433/hook', [], 'must be a public host'],
    ['https://[::1]/hook', [], 'must be a public host'],
    ['https://[::ffff:127.0.0.1]/hook', [], 'must be a public host'],
    ['https://[64:ff9b::a00:1]/hook', [], 'must be a public host'],
    ['https://169.254.169.254/latest', [], 'must be a public host'],
    ['https://10.0.0.1/hook', [], 'must be a public host'],
    ['https://intranet.corp/hook', [], 'must be a public host'],
    ['ftp://partner.example.fr/', [], 'must use https'],
    ['not a url', [], 'not a URL'],
    ['http://127.0.0.1:4000/hook', [], 'must use https'],
    ['http://127.0.0.1:4000/hook', loopbackAllowed, null],
    ['http://127.0.0.2:4000/hook', loopbackAllowed, 'must use https'],
    ['https://127.0.0.2:4000/hook', loopbackAllowed, 'must be a public host'],
    ['http://localhost:4000/hook', loopbackAllowed, 'must use https'],
  ])('%s (allowed: %j) → %p', (url, allowed, problem) => {
    expect(webhookUrlProblem(url, allowed as ReturnType<typeof parseAllowedAddresses>)).toBe(problem);
  });
});
