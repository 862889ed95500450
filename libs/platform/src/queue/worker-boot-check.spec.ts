import { missingProcessors } from './worker-boot-check';

describe('missingProcessors', () => {
  it('names every declared job without a handler', () => {
    const served = new Map([['maintenance', ['audit-anchor']], ['events', ['*']]]);
    expect(missingProcessors({ maintenance: ['audit-anchor', 'retention-purge'], events: ['CaseCreated'] }, served)).toEqual(['maintenance/retention-purge']);
    expect(missingProcessors({ email: ['deliver'] }, served)).toEqual(['email/deliver']);
  });

  it('passes when every job is served', () => {
    expect(missingProcessors({ maintenance: ['audit-anchor'] }, new Map([['maintenance', ['audit-anchor', 'x']]]))).toEqual([]);
  });
});
