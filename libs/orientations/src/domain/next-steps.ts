import { DomainError } from '@mnio/platform';
import type { TargetKind } from './targets';
import { allowedActions, PARTIES, Party, stepOf } from './workflow';
import { PSP_MAX_AUTHORISATIONS, WORKFLOWS } from './workflows';

/** A step of the orientation's workflow that may be taken from its current state, as the reader sees it. */
export interface NextStep {
  /** The step's code, also the key of its French label. */
  action: string;
  /** The party that takes it. */
  party: Party;
  /** Whether this reader may take it now (the transition still checks again). */
  allowed: boolean;
  /** When not allowed, the code the transition would answer: `ACTION_NOT_ALLOWED_FOR_PARTY`, `PSP_MAX_DURATION_REACHED`. */
  deniedCode: string | null;
  /** The reason codes the step takes (`reasonCode`); empty when it takes none. */
  reasonCodes: string[];
  /** Whether one of `reasonCodes` must be given. */
  reasonRequired: boolean;
  /** Whether the step names a host (`hostId`): required, optional (the target itself by default), or not at all. */
  host: 'required' | 'optional' | null;
  /** Whether the step dates an appointment (`scheduledAt`): the pre-admission video meeting, the transfer, or none. */
  date: 'pre_admission' | 'transfer' | null;
}

/** The facts of the orientation, besides its state, that a step's own rule reads. */
export interface StepFacts {
  targetKind: TargetKind;
  state: string;
  authorisations: number;
}

/** A rule of one step beyond the workflow: a PSP is renewed four times at most (24 months). */
export function stepRuleProblem(o: Pick<StepFacts, 'targetKind' | 'authorisations'>, action: string): DomainError | null {
  if (o.targetKind === 'psp' && action === 'renew' && o.authorisations >= PSP_MAX_AUTHORISATIONS) {
    return new DomainError('PSP_MAX_DURATION_REACHED', 'A PSP lasts 24 months at most');
  }
  return null;
}

/**
 * Every step the workflow offers from the current state, whoever takes it, each saying whether the reader (holding
 * `parties`) may take it and, if not, why: the same `stepOf` and step rules the transition checks. Empty once terminal.
 */
export function nextSteps(o: StepFacts, parties: readonly Party[]): NextStep[] {
  const workflow = WORKFLOWS[o.targetKind];
  return allowedActions(workflow, o.state, PARTIES).map((action) => {
    const step = stepOf(workflow, o.state, action, PARTIES);
    let deniedCode: string | null = null;
    try {
      stepOf(workflow, o.state, action, parties);
      deniedCode = stepRuleProblem(o, action)?.code ?? null;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      deniedCode = e.code;
    }
    return {
      action,
      party: step.party,
      allowed: deniedCode === null,
      deniedCode,
      reasonCodes: [...(step.reasons ?? [])],
      reasonRequired: Boolean(step.reasons) && !step.reasonOptional,
      host: step.host ?? null,
      date: step.schedules ?? null,
    };
  });
}
