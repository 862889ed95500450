import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingMembership, ActorMembership, asSubject, BlindIndex, Db, DomainError, FieldCipher, OutboxService, parisToday, rowsOf, Transactional } from '@mnio/platform';
import { CaseHistoryService } from '../access/case-history.service';
import { DeadlineService } from '../deadlines/deadline.service';
import { ageFacts } from '../domain/age';
import { assertValidNewCase, exploitationPlaces, normalisePhone } from '../domain/case-rules';
import { EU_EEA_CH } from '../domain/vocabulary';
import { DuplicateFinder } from '../duplicates/duplicate-finder.service';
import { identityKeys } from '../duplicates/identity-keys';
import { ShareCaseWithTerritoryCommand } from '../sharing/share-with-territory.command';
import { AddIndicatorCommand } from '../indicators/add-indicator.command';
import { RecordConsentCommand } from '../consents/record-consent.command';
import { RecordIdentificationCommand } from '../tracks/record-identification.command';
import { CaseCreated, CreateCaseCommand } from './create-case.command';
import { CASES_EVENTS } from '../events';

/**
 * Records a situation. The recording organisation owns it. A minor's case (under 18 or age uncertain)
 * is shared at once, without consent, with the territory's ASE and parquet (identity) and its CLAV cell.
 */
@CommandHandler(CreateCaseCommand)
export class CreateCaseHandler implements ICommandHandler<CreateCaseCommand> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly history: CaseHistoryService,
    private readonly duplicates: DuplicateFinder,
    private readonly deadlines: DeadlineService,
    private readonly cipher: FieldCipher,
    private readonly blindIndex: BlindIndex,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
    private readonly commands: CommandBus,
  ) {}

  async execute({ actor, input }: CreateCaseCommand): Promise<CaseCreated> {
    const today = parisToday();
    const membership = actingMembership(this.abilities, actor, 'create', asSubject('Case', { territory: input.territory }), {
      denied: () => new DomainError('TERRITORY_NOT_COVERED', 'You cannot record a case in this territory'),
    });
    assertValidNewCase(input, today);
    return this.record(actor, input, membership, today);
  }

  /**
   * The reference `DD-YYYY-NNNNNN` is taken in the case's INSERT from the territory-year's own PostgreSQL
   * sequence (`case_reference_next`, migration 1764320090000): `nextval` locks nothing until the commit, so
   * concurrent creations in one territory never wait for each other. A creation that fails afterwards leaves
   * a gap, never a duplicate.
   */
  @Transactional()
  private async record(actor: CreateCaseCommand['actor'], input: CreateCaseCommand['input'], membership: ActorMembership, today: string): Promise<CaseCreated> {
    const em = this.db.em;
    const owner = membership.organisationId;
    const id = randomUUID();
    const identity = { ...input.identity, ...(input.identity.contact?.phone ? { contact: { ...input.identity.contact, phone: normalisePhone(input.identity.contact.phone) } } : {}) };
    const age = ageFacts(identity);
    const places = exploitationPlaces(input.events);
    const keys = identityKeys(this.blindIndex, identity);

    const [{ reference }] = await rowsOf<{ reference: string }>(
      em,
      `WITH c AS (
         INSERT INTO cases (id, reference, territory, owner_organisation_id, created_by, sex, age_band, minor, age_uncertain, nationality, foreign_national,
           exploitation_forms, exploited_in_france, exploited_abroad, events, vulnerabilities, needs, local_danger, interpreter_needed,
           identity_enc, narrative_enc, danger_notes_enc, viewer_org_ids, identity_org_ids, unaccompanied_minor, first_contact_context, first_contact_on)
         VALUES ($1, case_reference_next($3, $2), $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, ARRAY[$4::uuid], ARRAY[$4::uuid], $24, $25, $26)
         RETURNING id, reference
       ), a AS (
         INSERT INTO case_access (case_id, organisation_id, reason, granted_by) SELECT id, $4, 'owner', $5 FROM c
       ), b AS (
         INSERT INTO case_blind_indexes (hash, case_id) SELECT k, c.id FROM c, unnest($23::text[]) AS k
       )
       SELECT reference FROM c`,
      [
        id, Number(today.slice(0, 4)), input.territory, owner, actor.userId, identity.sex, age.band, age.minor, !!identity.ageUncertain, identity.nationality ?? null,
        !!identity.nationality && !EU_EEA_CH.has(identity.nationality), input.exploitationForms, places.inFrance, places.abroad,
        JSON.stringify(input.events), input.vulnerabilities, input.needs, input.danger.localDanger, !!identity.interpreterNeeded,
        this.cipher.encryptJson(identity, `case:${id}/identity`),
        input.narrative ? this.cipher.encrypt(input.narrative, `case:${id}/narrative`) : null,
        input.danger.notes ? this.cipher.encrypt(input.danger.notes, `case:${id}/danger`) : null,
        keys,
        age.minor ? (input.unaccompaniedMinor ?? null) : null,
        input.firstContact?.context ?? null, input.firstContact?.on ?? null,
      ],
    );
    await this.history.append(actor, owner, { caseId: id, track: 'case', type: 'case_created', occurredOn: today, data: { minor: age.minor } });
    await this.audit.record({ action: 'case.created', subjectType: 'case', subjectId: id, actorOrganisationId: owner, details: { reference, minor: age.minor } });
    const event = { caseId: id, reference, territory: input.territory };
    await this.outbox.publish(CASES_EVENTS.CaseCreated, { ...event, ownerOrganisationId: owner, minor: age.minor }, id);

    if (age.minor) {
      // A minor's case goes at once to the territory's cell, ASE and parquet (no consent needed).
      const { services } = await this.commands.execute(new ShareCaseWithTerritoryCommand(id, input.territory, { cell: true, minorProtection: true }, { userId: actor.userId, organisationId: owner, cause: 'minor' }));
      await this.outbox.publish(CASES_EVENTS.MinorCaseCreated, event, id);
      await this.openMinorClocks(id, input.territory, today, { id: owner, kind: membership.organisationKind }, services);
    }
    const version = await this.recordIntake(actor, id, input, today);
    const { possibleDuplicate, sameOrganisation } = keys.length ? await this.duplicates.find(actor, id, owner) : { possibleDuplicate: false, sameOrganisation: [] };
    return { id, reference, version, minor: age.minor, possibleDuplicate, sameOrganisation };
  }

  /**
   * What the first contact established besides the case — indicators, the person's answers, the preliminary
   * identification — through the same commands as later on (their checks, history, audit and events), inside
   * this creation's transaction: one refused leaves nothing recorded at all. Returns the case's version.
   */
  private async recordIntake(actor: CreateCaseCommand['actor'], id: string, input: CreateCaseCommand['input'], today: string): Promise<number> {
    let version = 1;
    for (const indicator of input.indicators ?? []) {
      version = (await this.commands.execute(new AddIndicatorCommand(actor, id, indicator, version))).version;
    }
    for (const c of input.consents ?? []) {
      version = (await this.commands.execute(new RecordConsentCommand(actor, id, c.purpose, c.granted, c.method, c.targetOrganisationId, version))).version;
    }
    if (input.presumedVictim) {
      version = (await this.commands.execute(new RecordIdentificationCommand(actor, id, 'presumed_victim', today, undefined, version))).version;
    }
    return version;
  }

  /**
   * The first clocks of a minor's protection (minor-protection/): the report to the CRIP or the parquet, by the
   * recording organisation unless it is the ASE or the parquet itself, and the ASE's provisional reception.
   */
  private async openMinorClocks(caseId: string, territory: string, today: string, owner: { id: string; kind: string }, orgs: { id: string; kind: string }[]): Promise<void> {
    if (owner.kind !== 'ase' && owner.kind !== 'parquet') {
      await this.deadlines.open({ caseId, territory, kind: 'minor_report', from: today, responsibleOrganisationId: owner.id });
    }
    const ase = orgs.find((o) => o.kind === 'ase');
    await this.deadlines.open({ caseId, territory, kind: 'ase_reception', from: today, responsibleOrganisationId: ase?.id ?? owner.id });
  }
}
