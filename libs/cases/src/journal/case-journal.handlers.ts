import { CommandHandler, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, Actor, asSubject, Db, DomainError, FieldCipher, isUuid, keysetCursor, NotFoundError, parisToday, rowsOf, Transactional } from '@mnio/platform';
import { CaseAccessService, CaseSubject } from '../access/case-access.service';
import { OrganisationMasker } from '../access/organisation-masker.service';
import { AddJournalNoteCommand, CorrectJournalNoteCommand, GetCaseJournalQuery, JournalPage } from './case-journal.messages';
import { checkCorrectedText, checkJournalNote, journalReader } from './journal-rules';

const NEWEST_FIRST = keysetCursor('date', 'timestamp', 'uuid');
const context = (caseId: string, noteId: string) => `case:${caseId}/journal:${noteId}`;

/** The actor's organisations whose own rules let it read this case's identity. */
function readingOrganisations(abilities: AbilityFactory, actor: Actor, subject: CaseSubject): string[] {
  return actor.memberships
    .filter((m) => abilities.forActor({ ...actor, memberships: [m] }).can('read_identity', asSubject('Case', subject)))
    .map((m) => m.organisationId);
}

/**
 * One transaction under the case's row lock (so an erasure is ordered with it, and an anonymised case refuses it):
 * the note encrypted and bound to its row, the audit entry with ids only. No outbox event: nothing reacts to a note
 * (the readers find it in the journal; a notification would have to say less than the note, i.e. nothing).
 */
@CommandHandler(AddJournalNoteCommand)
export class AddJournalNoteHandler implements ICommandHandler<AddJournalNoteCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, caseId, note }: AddJournalNoteCommand): Promise<{ id: string; caseId: string }> {
    const subject = await this.access.authorize(actor, caseId, 'update', { lock: true });
    const organisationId = this.access.actingOrganisation(actor, subject, 'update');
    const { text, sharedWith } = checkJournalNote(note, { today: parisToday(), ownerOrganisationId: subject.ownerOrganisationId, identityReaders: subject.identityReaders });
    const id = randomUUID();
    await this.db.em.query(
      `INSERT INTO case_journal_notes (id, case_id, occurred_on, text_enc, author_user_id, author_organisation_id, shared_with) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, caseId, note.occurredOn, this.cipher.encrypt(text, context(caseId, id)), actor.userId, organisationId, sharedWith],
    );
    await this.audit.record({ action: 'case.journal_note_added', subjectType: 'case', subjectId: caseId, actorOrganisationId: organisationId, details: { noteId: id, sharedWith } });
    return { id, caseId };
  }
}

/**
 * One transaction under the case's row lock: the replaced text encrypted into `case_journal_note_corrections` (bound to
 * that row), the note's text rewritten under its own context, `corrected_at` set, audited with ids only.
 */
@CommandHandler(CorrectJournalNoteCommand)
export class CorrectJournalNoteHandler implements ICommandHandler<CorrectJournalNoteCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, caseId, noteId, text }: CorrectJournalNoteCommand): Promise<{ id: string; caseId: string; correctedAt: string }> {
    const subject = await this.access.authorize(actor, caseId, 'update', { lock: true });
    const organisationId = this.access.actingOrganisation(actor, subject, 'update');
    const em = this.db.em;
    const [note]: { text_enc: string | null; author_user_id: string | null }[] = isUuid(noteId)
      ? await em.query(`SELECT text_enc, author_user_id FROM case_journal_notes WHERE id = $1 AND case_id = $2 FOR UPDATE`, [noteId, caseId])
      : [];
    if (!note) throw new NotFoundError('JournalNote');
    if (note.author_user_id !== actor.userId) throw new DomainError('JOURNAL_NOTE_NOT_YOURS', 'Only the author of a note may correct it');
    const previous = note.text_enc ? this.cipher.decrypt(note.text_enc, context(caseId, noteId)) : '';
    const corrected = checkCorrectedText(text, previous);
    const correctionId = randomUUID();
    await em.query(`INSERT INTO case_journal_note_corrections (id, note_id, case_id, previous_enc, user_id) VALUES ($1, $2, $3, $4, $5)`, [
      correctionId, noteId, caseId, this.cipher.encrypt(previous, `case:${caseId}/journal-correction:${correctionId}`), actor.userId,
    ]);
    const [row] = await rowsOf<{ corrected_at: Date }>(em, `UPDATE case_journal_notes SET text_enc = $2, corrected_at = now() WHERE id = $1 RETURNING corrected_at`, [
      noteId, this.cipher.encrypt(corrected, context(caseId, noteId)),
    ]);
    await this.audit.record({ action: 'case.journal_note_corrected', subjectType: 'case', subjectId: caseId, actorOrganisationId: organisationId, details: { noteId, correctionId } });
    return { id: noteId, caseId, correctedAt: row.corrected_at.toISOString() };
  }
}

interface NoteRow {
  id: string;
  occurred_on: string;
  text_enc: string | null;
  author_user_id: string | null;
  author_organisation_id: string;
  shared_with: string[];
  created_at: Date;
  created_key: string;
  corrected_at: Date | null;
}

@QueryHandler(GetCaseJournalQuery)
export class GetCaseJournalHandler implements IQueryHandler<GetCaseJournalQuery> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly abilities: AbilityFactory,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
    private readonly masker: OrganisationMasker,
  ) {}

  @Transactional()
  async execute({ actor, caseId, page }: GetCaseJournalQuery): Promise<JournalPage> {
    const subject = await this.access.authorize(actor, caseId, 'read_identity', { deniedCode: 'IDENTITY_NOT_SHARED' });
    const after = NEWEST_FIRST.decode(page.cursor);
    const reader = journalReader({
      readingOrganisations: readingOrganisations(this.abilities, actor, subject), ownerOrganisationId: subject.ownerOrganisationId, identityReaders: subject.identityReaders,
    });
    const params: unknown[] = [caseId, reader.all, reader.organisations, page.limit + 1];
    const rows: NoteRow[] = await this.db.em.query(
      `SELECT id, to_char(occurred_on, 'YYYY-MM-DD') AS occurred_on, text_enc, author_user_id, author_organisation_id, shared_with, created_at, created_at::text AS created_key, corrected_at
       FROM case_journal_notes
       WHERE case_id = $1 AND ($2 OR author_organisation_id = ANY($3::uuid[]) OR shared_with && $3::uuid[])
         ${after ? `AND (occurred_on, created_at, id) < ($${params.push(after[0])}::date, $${params.push(after[1])}::timestamptz, $${params.push(after[2])}::uuid)` : ''}
       ORDER BY occurred_on DESC, created_at DESC, id DESC LIMIT $4`,
      params,
    );
    await this.audit.record({
      action: 'case.identity_read', subjectType: 'case', subjectId: caseId, reason: 'follow_up',
      actorOrganisationId: this.access.actingOrganisation(actor, subject, 'read_identity'), details: { view: 'journal' },
    });
    const shown = rows.slice(0, page.limit);
    const mask = await this.masker.forViewer(actor, shown.flatMap((r) => [r.author_organisation_id, ...r.shared_with]));
    const canWrite = !subject.anonymisedAt && this.abilities.forActor(actor).can('update', asSubject('Case', subject));
    const shareable = canWrite ? subject.identityReaders.filter((id) => id !== subject.ownerOrganisationId) : [];
    const names = await this.access.organisationsById(shareable);
    return {
      items: shown.map((r) => ({
        id: r.id,
        occurredOn: r.occurred_on,
        text: r.text_enc ? this.cipher.decrypt(r.text_enc, context(caseId, r.id)) : null,
        authorOrganisationId: mask(r.author_organisation_id, subject.ownerOrganisationId).id,
        mine: r.author_user_id === actor.userId,
        createdAt: r.created_at.toISOString(),
        correctedAt: r.corrected_at ? r.corrected_at.toISOString() : null,
        sharedWith: reader.all ? r.shared_with.map((id) => mask(id, subject.ownerOrganisationId).id).filter((id): id is string => !!id) : null,
      })),
      nextCursor: NEWEST_FIRST.next(rows, page.limit, (last) => [last.occurred_on, last.created_key, last.id]),
      canWrite,
      shareableOrganisations: shareable
        .filter((id) => names[id])
        .map((id) => ({ id, name: names[id].name, kind: names[id].kind }))
        .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    };
  }
}
