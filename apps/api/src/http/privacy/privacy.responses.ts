import { ApiProperty } from '@nestjs/swagger';

/**
 * What the privacy routes answer, declared for the OpenAPI document (and so for the web client's types).
 * Written by scripts/openapi-responses.js from the views the handlers return; checked against real answers by
 * test/e2e/web/answers-contract.e2e-spec.ts. Edit by hand or re-run the script.
 */
export class SubjectAccessExportView {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String })
  caseId!: string;

  @ApiProperty({ type: String })
  caseReference!: string;

  @ApiProperty({ enum: ["preparing","ready","downloaded","expired","failed"] })
  state!: unknown;

  @ApiProperty({ type: String })
  requestedAt!: string;

  @ApiProperty({ nullable: true, type: String })
  readyAt!: string | null;

  @ApiProperty({ nullable: true, type: String, description: "Until when the files may be downloaded (24 hours after they were ready)." })
  expiresAt!: string | null;

  @ApiProperty({ nullable: true, type: String })
  pdfDownloadedAt!: string | null;

  @ApiProperty({ nullable: true, type: String })
  jsonDownloadedAt!: string | null;

  @ApiProperty({ type: Boolean, description: "Only the requester downloads." })
  requestedByMe!: boolean;
}

export class SubjectAccessExportViewList {
  @ApiProperty({ type: () => [SubjectAccessExportView] })
  items!: unknown;
}
