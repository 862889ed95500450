import { AnonymiseCaseCommand, AnonymiseCasesCommand } from '@mnio/cases';
import { DomainError } from '@mnio/platform';
import { RetentionRunner } from './retention-runner.service';

/**
 * The runner's batches (issue 16 §1): a batch that fails is retried one case per transaction, so the other cases'
 * work is kept, and the failure still stops the run. The commands themselves are tested against PostgreSQL (e2e).
 */
describe('the retention runner’s erasure batches', () => {
  const ids = Array.from({ length: 7 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
  const cause = { rule: 'case_closed', runId: 'run' };

  function runnerWith(execute: (c: unknown) => Promise<unknown>) {
    const sent: unknown[] = [];
    const commands = { execute: (c: unknown) => (sent.push(c), execute(c)) };
    const runner = new RetentionRunner({} as never, {} as never, commands as never, {} as never);
    const anonymiseAll = (pace: { batch: number; parallel: number }) =>
      (runner as unknown as { anonymiseAll(ids: string[], rule: string, runId: string, pace: object): Promise<Set<string>> }).anonymiseAll(ids, cause.rule, cause.runId, pace);
    return { sent, anonymiseAll };
  }

  it('sends the page in batches (a batch of one as the single command), and reports the cases anonymised (a skipped one is not counted)', async () => {
    const { sent, anonymiseAll } = runnerWith(async (c) => {
      if (c instanceof AnonymiseCaseCommand) return { id: c.caseId };
      const batch = (c as AnonymiseCasesCommand).caseIds;
      return { anonymised: batch.filter((id) => id !== ids[4]), skipped: batch.filter((id) => id === ids[4]) };
    });
    const done = await anonymiseAll({ batch: 3, parallel: 2 });
    expect(sent.filter((c) => c instanceof AnonymiseCasesCommand).map((c) => (c as AnonymiseCasesCommand).caseIds.length)).toEqual([3, 3]);
    expect(sent.filter((c) => c instanceof AnonymiseCaseCommand).map((c) => (c as AnonymiseCaseCommand).caseId)).toEqual([ids[6]]);
    expect([...done].sort()).toEqual(ids.filter((id) => id !== ids[4]));
  });

  it('retries a failed batch one case per transaction: the others are kept, a held case is skipped, the failure stops the run', async () => {
    const single: string[] = [];
    const { anonymiseAll } = runnerWith(async (c) => {
      if (c instanceof AnonymiseCasesCommand) throw new Error('deadlock detected');
      const id = (c as AnonymiseCaseCommand).caseId;
      single.push(id);
      if (id === ids[1]) throw new DomainError('CASE_UNDER_LEGAL_HOLD', 'held');
      if (id === ids[2]) throw new Error('the bad case');
      return { id };
    });
    await expect(anonymiseAll({ batch: 4, parallel: 1 })).rejects.toThrow('the bad case');
    // Every case of both batches was tried on its own, past the bad one: their work is committed.
    expect(single.sort()).toEqual([...ids].sort());
  });

  it('one case per transaction (the benchmark’s « before ») sends the single command only', async () => {
    const { sent, anonymiseAll } = runnerWith(async (c) => ({ id: (c as AnonymiseCaseCommand).caseId }));
    expect((await anonymiseAll({ batch: 1, parallel: 1 })).size).toBe(7);
    expect(sent.every((c) => c instanceof AnonymiseCaseCommand)).toBe(true);
  });
});
