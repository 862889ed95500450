import { ApiProperty } from '@nestjs/swagger';

/**
 * What the health routes answer, declared for the OpenAPI document (and so for the web client's types).
 * Written by scripts/openapi-responses.js from the views the handlers return; checked against real answers by
 * test/e2e/web/answers-contract.e2e-spec.ts. Edit by hand or re-run the script.
 */
export class HealthLiveAnswer {
  @ApiProperty({ enum: ["ok"] })
  status!: "ok";
}
