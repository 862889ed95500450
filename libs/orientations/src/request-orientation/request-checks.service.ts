import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CaseFactsQuery } from '@mnio/cases';
import type { CaseSubject } from '@mnio/cases';
import { AbilityFactory, Actor, actingOrganisationId, asSubject, DomainError, NotFoundError, Db, prepared } from '@mnio/platform';
import { eligibilityProblems } from '../domain/eligibility';
import { placeKindFor } from '../domain/places';
import { isValidTarget, PlaceKind, TargetOrganisation, TERRITORIAL_TARGETS } from '../domain/targets';
import { OrganisationsReader } from '../hosts/organisations.reader';
import type { OrientationRequestInput } from './request-orientation.command';

const ACTIVE_CASE = ['active', 'follow_up'];

/** What a request is checked against; the target may be left out by a dry run that has not chosen one yet. */
export type RequestCheckInput = Omit<OrientationRequestInput, 'reason' | 'note' | 'targetOrganisationId'> & { targetOrganisationId?: string };

export interface RequestCheckOutcome {
  /** Every check that fails, in the order a request meets them: a request answers the first, a dry run all. */
  problems: DomainError[];
  target: TargetOrganisation | null;
  requesterId: string;
  placeKind: PlaceKind | null;
  legalBasis: string | null;
}

/** The case action a request needs: a UAPED hearing may be asked by the parquet that records the criminal track. */
export const requestCaseAction = (targetKind: string) => (targetKind === 'uaped' ? 'record_criminal' : 'update');

/**
 * The rules an orientation request is checked against, once: the request throws the first problem, the
 * eligibility dry run answers them all. The caller has authorised `requestCaseAction` on the case (`subject`).
 * Reads the case's pseudonymised facts, organisations and open orientations; writes nothing.
 */
@Injectable()
export class OrientationRequestChecks {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly queries: QueryBus,
    private readonly orgs: OrganisationsReader,
  ) {}

  async run(actor: Actor, subject: CaseSubject, input: RequestCheckInput): Promise<RequestCheckOutcome> {
    const facts = await this.queries.execute(new CaseFactsQuery(subject.id));
    if (!facts) throw new NotFoundError('Case');
    const problems: DomainError[] = [];
    if (!ACTIVE_CASE.includes(facts.caseStatus)) problems.push(new DomainError('CASE_NOT_ACTIVE', 'Orientations are asked for an open case'));
    if ((input.targetKind === 'general') !== (input.channel !== undefined)) {
      problems.push(new DomainError('CHANNEL_INVALID', 'A general orientation names its channel, and only it does'));
    }
    const caseAction = requestCaseAction(input.targetKind);
    const requesterId = actingOrganisationId(this.abilities, actor, caseAction, asSubject('Case', subject), { prefer: subject.ownerOrganisationId });
    // The target, the requester and the deciding parquet in one read of the directory.
    const parquetId = input.targetKind === 'uaped' ? input.parquetOrganisationId : undefined;
    const orgs = await this.orgs.findMany([input.targetOrganisationId, requesterId, parquetId]);
    const target = input.targetOrganisationId === undefined ? null : orgs.get(input.targetOrganisationId) ?? null;
    if (input.targetOrganisationId !== undefined) {
      if (!target || !isValidTarget(input.targetKind, target, input.channel)) {
        problems.push(new DomainError('ORIENTATION_TARGET_INVALID', 'This organisation does not receive this kind of orientation'));
      } else if (TERRITORIAL_TARGETS.includes(input.targetKind) && !target.national && !target.territories.includes(subject.territory)) {
        problems.push(new DomainError('TARGET_TERRITORY_MISMATCH', 'This target is competent for another territory'));
      }
    }
    const requester = orgs.get(requesterId)!;
    const parquet = parquetId ? orgs.get(parquetId) ?? null : null;
    let placeKind: PlaceKind | null = null;
    try {
      placeKind = placeKindFor(input.targetKind, input.placeKind, facts.sex);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      problems.push(e);
    }
    const eligibility = eligibilityProblems(facts, {
      targetKind: input.targetKind, targetOrganisationId: target?.id, requester, legalBasis: input.legalBasis, asylumStatus: input.asylumStatus,
      decidingParquetKind: parquet && (parquet.national || parquet.territories.includes(subject.territory)) ? parquet.kind : null,
    });
    problems.push(...eligibility.problems.map((p) => new DomainError(p.code, p.message)));

    if (target) {
      const open: unknown[] = await this.db.em.query(
        prepared(`SELECT 1 FROM orientations WHERE case_id = $1 AND target_organisation_id = $2 AND target_kind = $3 AND coalesce(channel, '') = $4 AND open`),
        [subject.id, target.id, input.targetKind, input.channel ?? ''],
      );
      if (open.length) problems.push(new DomainError('ORIENTATION_ALREADY_OPEN', 'An orientation of this case to this target is already open'));
    }
    return { problems, target, requesterId, placeKind, legalBasis: eligibility.legalBasis };
  }
}
