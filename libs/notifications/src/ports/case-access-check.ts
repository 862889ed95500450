import { Injectable } from '@nestjs/common';

/** Whether an organisation may currently see a case: checked at delivery time, so a partner who lost access is not told. */
export interface CaseAccessCheck {
  /** `formerSourceId`: also true when a view granted by that source (a transfer) has ended since. */
  canOrganisationSeeCase(caseId: string, organisationId: string, formerSourceId?: string): Promise<boolean>;
}

export const CASE_ACCESS_CHECK = Symbol('CASE_ACCESS_CHECK');

/** Default until the cases context provides its check: recipient rules alone decide. */
@Injectable()
export class AllowAllCaseAccess implements CaseAccessCheck {
  async canOrganisationSeeCase(): Promise<boolean> {
    return true;
  }
}
