import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Actor, Transactional } from '@mnio/platform';
import { MINUTES_CSP, renderMinutes } from './minutes-html';
import { renderMinutesPdf } from './minutes-pdf';
import { MinutesReader } from './minutes-reader.service';

/** A meeting's minutes as printable HTML in French, with the Content-Security-Policy to serve them under. */
export class MeetingMinutesQuery extends Query<{ html: string; contentSecurityPolicy: string }> {
  constructor(
    readonly actor: Actor,
    readonly meetingId: string,
  ) {
    super();
  }
}

/** The same minutes as an A4 PDF to keep, with the file name to offer (the meeting's day, no reference). */
export class MeetingMinutesPdfQuery extends Query<{ pdf: Buffer; filename: string }> {
  constructor(
    readonly actor: Actor,
    readonly meetingId: string,
  ) {
    super();
  }
}

@QueryHandler(MeetingMinutesQuery)
export class MeetingMinutesHandler implements IQueryHandler<MeetingMinutesQuery> {
  constructor(private readonly reader: MinutesReader) {}

  @Transactional()
  async execute({ actor, meetingId }: MeetingMinutesQuery): Promise<{ html: string; contentSecurityPolicy: string }> {
    return { html: renderMinutes(await this.reader.read(actor, meetingId, 'html')), contentSecurityPolicy: MINUTES_CSP };
  }
}

@QueryHandler(MeetingMinutesPdfQuery)
export class MeetingMinutesPdfHandler implements IQueryHandler<MeetingMinutesPdfQuery> {
  constructor(private readonly reader: MinutesReader) {}

  @Transactional()
  async execute({ actor, meetingId }: MeetingMinutesPdfQuery): Promise<{ pdf: Buffer; filename: string }> {
    const data = await this.reader.read(actor, meetingId, 'pdf');
    return { pdf: await renderMinutesPdf(data), filename: `compte-rendu-${data.date}.pdf` };
  }
}
