/**
 * Generated from the API's OpenAPI document by scripts/openapi-export.ts: do not edit.
 * Regenerate with `npm run openapi`; a test fails while this file is stale.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Says the process answers
         * @description Liveness: the process answers. No token needed.
         */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Says whether the service is ready
         * @description Readiness: PostgreSQL must answer (503 otherwise); Redis and the database schema are reported but not required.
         */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signs in with a password
         * @description Email and password; answers an access token (and sets the refresh cookie), or asks for the second factor or its enrolment.
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Renews the access token
         * @description Exchanges the refresh cookie for a new access token; a reused refresh token ends the session.
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Signs out
         * @description Ends the session named by the bearer token (no cookie needed, so no cross-site request can do it) and clears the cookie.
         */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gives the second factor
         * @description Second step of a sign-in when TOTP is enabled: the code from the authenticator app.
         */
        post: operations["AuthController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Starts second-factor enrolment at sign-in
         * @description Enrolment during sign-in when the second factor is mandatory and not yet set up: answers the secret to add to an authenticator app.
         */
        post: operations["AuthController_enrolAtLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirms second-factor enrolment at sign-in
         * @description Confirms the enrolment with a first code and completes the sign-in.
         */
        post: operations["AuthController_confirmAtLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Completes an account's enrolment
         * @description From the one-time link sent to a new user: sets the password (and the second factor where required).
         */
        post: operations["AuthController_completeEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Starts second-factor enrolment
         * @description For a signed-in user: answers the secret to add to an authenticator app.
         */
        post: operations["AuthController_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirms second-factor enrolment
         * @description Confirms the enrolment with a first code from the authenticator app.
         */
        post: operations["AuthController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads who I am
         * @description The signed-in user: name, memberships with their organisations, roles and territories, and their permissions.
         */
        get: operations["DirectoryController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists organisations
         * @description The organisations I may see, with their kind and territories.
         */
        get: operations["DirectoryController_organisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/territories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists territories
         * @description The départements with their region.
         */
        get: operations["DirectoryController_territories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/membership-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists membership requests
         * @description The requests for a membership that reads identity, awaiting the approval of my organisation's coordinator.
         */
        get: operations["MembershipRequestsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/membership-requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decides a membership request
         * @description Approves or refuses a request for a membership of my organisation; audited.
         */
        post: operations["MembershipRequestsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists user accounts
         * @description Every user account with its memberships (platform administrators), one page at a time.
         */
        get: operations["AdminController_users"];
        put?: never;
        /**
         * Creates a user account
         * @description Creates an account and answers a one-time enrolment link for the person (platform administrators).
         */
        post: operations["AdminController_createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Suspends or reactivates an account
         * @description Changes an account's status; a suspended account's sessions end.
         */
        patch: operations["AdminController_setStatus"];
        trace?: never;
    };
    "/api/admin/users/{id}/memberships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adds a membership to an account
         * @description Granted at once for a role that reads no identity; otherwise a request the organisation's coordinator approves.
         */
        post: operations["AdminController_addMembership"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/memberships/{membershipId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes or ends a membership
         * @description Changes a membership's territories or deactivates it.
         */
        patch: operations["AdminController_setMembership"];
        trace?: never;
    };
    "/api/admin/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every organisation as the platform manages it
         * @description Deactivated organisations included, with their flags (Ac.Sé network, DNA places, PSP approval, minors relay network), sign-in settings, number of active members and, for a CLAV cell, its member organisations. Platform administrators only; never an address.
         */
        get: operations["AdminController_organisations"];
        put?: never;
        /**
         * Creates an organisation
         * @description Creates an organisation of a kind with its territories (and its cell for a territory's coordination).
         */
        post: operations["AdminController_createOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit, deactivate or reactivate an organisation
         * @description Changes the name, territories or flags (merged into the current ones), or active: false to deactivate. A deactivated organisation keeps its cases; its members with no other active organisation lose their sessions and can no longer sign in. Every change is audited. Platform administrators only.
         */
        patch: operations["AdminController_updateOrganisation"];
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the cases I may read
         * @description The cases visible to my organisations and territories, newest change first, filtered by status, form, minor, deadline and dates; one page at a time. References and codes, never identity.
         */
        get: operations["CasesController_list"];
        put?: never;
        /**
         * Records a new situation
         * @description Records a presumed victim's case with its identity (encrypted), facts, indicators and consents in one transaction; answers its id, reference and version, and whether another organisation may follow the same person.
         */
        post: operations["CasesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/search-by-name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Finds cases by name
         * @description For those who read identity: the cases whose exact normalised name and birth year match (blind index, never a fuzzy search). A POST so the name never appears in an address or a log; the answer gives references, not names.
         */
        post: operations["CasesController_searchByName"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads a case
         * @description A case's facts, statuses, deadlines, consents, links and orientations as this reader may see them, with the actions it may take now; the ETag carries its version. No identity.
         */
        get: operations["CasesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Corrects a case after intake
         * @description Corrects identity fields and facts (the owner's workers) on the version read; the replaced values are kept encrypted in the history and the change is audited.
         */
        patch: operations["CasesController_rectify"];
        trace?: never;
    };
    "/api/cases/{id}/rectifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the corrections of a case
         * @description The corrections made after intake: dates and fields changed; the replaced values only for those who read the identity (an audited identity read).
         */
        get: operations["CasesController_rectifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads the identity of a case
         * @description The person's identity, narrative and danger notes, for those the owner shares them with; every read is audited with its reason.
         */
        get: operations["CasesController_identity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads the history of a case
         * @description Every event of the case's tracks (identification, residence, child protection, criminal, status), oldest first.
         */
        get: operations["CasesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/identification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records an identification step
         * @description Moves the identification track (presumed victim, identified, not identified) on the version read.
         */
        post: operations["CasesController_identification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adds an indicator of trafficking
         * @description Adds one indicator with its strength to the case, on the version read.
         */
        post: operations["CasesController_indicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/residence-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records a residence event
         * @description A step of the residence permit track (reflection period, permit asked, granted, renewed, refused) with the facts it needs.
         */
        post: operations["CasesController_residence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/child-protection-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records a child protection event
         * @description A step of a minor's protection track (report, placement, hearing) with the facts it needs.
         */
        post: operations["CasesController_childProtection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/criminal-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records a criminal procedure event
         * @description A step of the criminal track (complaint, investigation, trial, conviction) with the facts it needs.
         */
        post: operations["CasesController_criminal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Closes a case
         * @description Closes the case with a reason, on the version read; its deadlines stop.
         */
        post: operations["CasesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopens a closed case
         * @description Reopens a closed case, on the version read.
         */
        post: operations["CasesController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Changes the status of a case
         * @description Moves the case's own status (active, suspended, …), on the version read.
         */
        post: operations["CasesController_status"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records a consent
         * @description Records the person's consent (or its withdrawal) for a purpose and, where it applies, a target organisation.
         */
        post: operations["CasesController_consent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/unaccompanied-minor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Says whether a minor is unaccompanied
         * @description Records whether a minor's case is an unaccompanied minor's, on the version read.
         */
        put: operations["CasesController_unaccompaniedMinor"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the referrals of a case
         * @description The owner's view of the organisations a case is shared with, and those it may still be shared with (and whether consent is needed).
         */
        get: operations["ReferralsController_ofCase"];
        put?: never;
        /**
         * Refers a case to an organisation
         * @description Shares the case with another organisation (a police service needs the person's consent); the organisation is told.
         */
        post: operations["CasesController_refer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/duplicates/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Checks a case for duplicates
         * @description Looks for the same person among the cases of other organisations (blind index) and records the matches; their owners are told.
         */
        post: operations["CasesController_checkDuplicates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicate-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the duplicate links of my cases
         * @description The links proposed between one of my cases and a case another organisation recorded for the same person, incoming and outgoing, with their state. References and codes only.
         */
        get: operations["CaseLinksController_links"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicate-matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists possible duplicates of my cases
         * @description Possible duplicates of my own cases, found when another organisation recorded the same person (blind index), with the link already proposed if any. Never a name.
         */
        get: operations["CaseLinksController_matches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicate-matches/{id}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Proposes a link to a possible duplicate
         * @description The owner of the case that was already there proposes a link; the organisation that recorded the other case decides.
         */
        post: operations["CaseLinksController_requestLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicate-links/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accepts a proposed duplicate link
         * @description The organisation that recorded the other case accepts the link proposed to it; both cases then show it.
         */
        post: operations["CaseLinksController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/duplicate-links/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuses a proposed duplicate link
         * @description The organisation that recorded the other case refuses the link proposed to it.
         */
        post: operations["CaseLinksController_refuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the deadlines of the cases I follow
         * @description The open deadlines (reflection period, permit renewal, answers due) of the cases I may read, overdue or alerting first, one page at a time.
         */
        get: operations["CaseLinksController_deadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadline-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the deadline rules
         * @description The deadline rules per territory: how long each clock runs and when it alerts.
         */
        get: operations["CaseLinksController_rules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadline-rules/{territory}/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Sets a deadline rule of a territory
         * @description Sets how long a kind of deadline runs in a territory and when it alerts (platform administrators); audited.
         */
        put: operations["CaseLinksController_setRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/referrals/received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the cases referred to me
         * @description The cases other organisations shared with one of my organisations, newest first, one page at a time.
         */
        get: operations["ReferralsController_received"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/minor-protection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads a minor's protection checklist
         * @description The protection steps of a minor's case (report to the prosecutor, placement, guardian) with their state and dates; an adult's case answers `applicable: false` with no steps.
         */
        get: operations["MinorProtectionController_checklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/minor-protection/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the minors in care
         * @description The open minors' cases the caller sees, with their next protection clock, overdue first.
         */
        get: operations["MinorProtectionController_minorsInCare"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the attachments of a case
         * @description Kind, date, type, size and the organisation that attached each one, newest first, for every reader of the case; the file names only for those who read its identity.
         */
        get: operations["AttachmentsController_list"];
        put?: never;
        /**
         * Attach a document to a case
         * @description A scanned récépissé, a medical certificate, a decision or another document, sent as multipart/form-data (`file`, `kind`, `documentDate`). Only the owner organisation’s workers may attach. The type is recognised by the content (PDF, JPEG, PNG), never by the name; the name and the bytes are stored encrypted. The answer never repeats the file name.
         */
        post: operations["AttachmentsController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/attachments/{attachmentId}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an attachment
         * @description The bytes as uploaded, for those who read the identity of the case (others get 404 as for an invisible case). Always a download (Content-Disposition: attachment, named after the kind and date, never the stored name), never cached; each download is audited.
         */
        get: operations["AttachmentsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who follows a case within its owning organisation
         * @description The workers of the owning organisation assigned to the case (by display name, first assigned first) and the colleagues who may still be assigned. Read by the owner's case workers and coordinators only; the read is audited.
         */
        get: operations["CaseAssignmentsController_list"];
        put?: never;
        /**
         * Assign a worker of the owning organisation to a case
         * @description By the owner's case workers and coordinators, for themselves or a colleague. Only an active case worker or coordinator of the owning organisation may be assigned. The assignment is audited; it ends by itself when the case is transferred to another organisation.
         */
        post: operations["CaseAssignmentsController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/assignments/{assigneeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * End a worker's assignment to a case
         * @description By the owner's case workers and coordinators. The assignment is kept as ended (when, by whom) and the change is audited.
         */
        delete: operations["CaseAssignmentsController_unassign"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/colleagues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case workers and coordinators of one's own organisations
         * @description The active case workers and coordinators (the actor included) of each organisation where the actor records cases, by display name: the « Suivies par » choices of the case list (`GET /api/cases?assignedTo=<userId>`). Staff names only; other roles get 403.
         */
        get: operations["ColleaguesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists my notifications
         * @description My inbox, newest first, unread only if asked, one page at a time. Titles carry references, never names.
         */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Counts my unread notifications
         * @description How many notifications I have not read.
         */
        get: operations["NotificationsController_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Marks all my notifications read
         * @description Marks every notification of my inbox as read.
         */
        post: operations["NotificationsController_readAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Marks a notification read
         * @description Marks one of my notifications as read.
         */
        post: operations["NotificationsController_read"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads my notification preferences
         * @description For each event, whether I get it in the app or by email; some are locked on.
         */
        get: operations["NotificationsController_preferences"];
        /**
         * Sets my notification preferences
         * @description Turns channels on or off per event; locked ones cannot be turned off.
         */
        put: operations["NotificationsController_setPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification-webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists webhooks
         * @description The webhooks of the organisations I coordinate: address, events, whether active. Never the secret.
         */
        get: operations["WebhooksController_list"];
        put?: never;
        /**
         * Creates a webhook
         * @description Registers an HTTPS address that receives the chosen events (ids only), signed; the answer carries the signing secret, never shown again.
         */
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notification-webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Changes a webhook
         * @description Changes a webhook's address, events or whether it is active.
         */
        patch: operations["WebhooksController_update"];
        trace?: never;
    };
    "/api/admin/notifications/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads the queues
         * @description Waiting, active, failed and delayed jobs of each queue, and the outbox backlog (platform administrators).
         */
        get: operations["NotificationsAdminController_queues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/notifications/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists dead letters
         * @description The deliveries that failed for good, newest first (platform administrators). Ids and event types only.
         */
        get: operations["NotificationsAdminController_deadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/notifications/dead-letters/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replays a dead letter
         * @description Puts a failed delivery back into its queue once; audited.
         */
        post: operations["NotificationsAdminController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/orientations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the orientations of a case
         * @description The orientations of one case, with their state and the steps this reader may take.
         */
        get: operations["OrientationsController_ofCase"];
        put?: never;
        /**
         * Asks for an orientation
         * @description Asks for an orientation of the case (shelter, Ac.Sé, minors' centre, …) if the eligibility rules allow it; the target is told.
         */
        post: operations["OrientationsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/orientations/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Checks whether an orientation may be asked
         * @description A dry run of the request: whether it would be accepted now, and why not. Nothing is written.
         */
        get: operations["OrientationsController_eligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orientations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists orientations
         * @description The orientations my organisations asked for, received or host, filtered by state and kind, one page at a time.
         */
        get: operations["OrientationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orientations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads an orientation
         * @description An orientation with its history and the next steps offered to each party.
         */
        get: operations["OrientationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orientations/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Takes an orientation step
         * @description Accepts, refuses, chooses a host, dates the meeting or the transfer, admits, ends… on the version read; the parties are told.
         */
        post: operations["OrientationsController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hosts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists hosts
         * @description The hosts of the Ac.Sé network and the other host organisations, with their territories. Never an address.
         */
        get: operations["HostsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hosts/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads the place board
         * @description Free places by kind and region; from an orientation, the hosts it may not go to greyed out with the reason. Never an address.
         */
        get: operations["HostsController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hosts/{id}/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads a host's declared places
         * @description The places a host declares by kind, and who besides the host reads its address.
         */
        get: operations["HostsController_capacity"];
        /**
         * Declares a host's places
         * @description The host declares its places by kind; no fewer than those reserved or occupied.
         */
        put: operations["HostsController_setCapacity"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hosts/{id}/occupancy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads a host's occupancy
         * @description A host's places by kind with those reserved and occupied, and the orientations holding them.
         */
        get: operations["HostsController_occupancy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hosts/{id}/location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads a host's secret address
         * @description The host's address, for the host and the coordinations allowed; every read audited.
         */
        get: operations["HostsController_location"];
        /**
         * Sets a host's secret address
         * @description The host records its address (encrypted); audited.
         */
        put: operations["HostsController_setLocation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/distancing-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Ac.Sé distancing rule, national and per territory
         * @description Whether a host chosen by the Ac.Sé coordination must lie outside the regions of exploitation and residence as well as their départements: the national rule first (territory "national"), then each territory that overrides it.
         */
        get: operations["DistancingRulesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/distancing-rules/{territory}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the Ac.Sé distancing rule of a territory or the national one
         * @description territory is a département code or "national". Body { regions } sets the rule; { reset: true } sends a territory back to the national rule. Audited. Platform administrators only.
         */
        put: operations["DistancingRulesController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cells/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads a cell
         * @description The cell's name, territory, member organisations and their members.
         */
        get: operations["CellsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cells/{id}/members/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Adds an organisation to a cell
         * @description Makes an organisation a member of the cell (platform administrators); audited.
         */
        put: operations["CellsController_addMember"];
        post?: never;
        /**
         * Removes an organisation from a cell
         * @description Ends an organisation's membership of the cell (platform administrators); audited.
         */
        delete: operations["CellsController_removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cells/{id}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads a cell's dashboard
         * @description What the cell must look at now: new presumed victims, orientations awaiting an answer, overdue and upcoming deadlines, late actions, counts.
         */
        get: operations["CellsController_dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cells/{id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads a cell's activity this month
         * @description This month's activity week by week (counts only), for the dashboard's chart.
         */
        get: operations["CellsController_activity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cells/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists a cell's meetings
         * @description The cell's meetings, newest first, with their agenda and decision counts, one page at a time.
         */
        get: operations["CellsController_meetings"];
        put?: never;
        /**
         * Schedules a meeting
         * @description Schedules a meeting of the cell on a date.
         */
        post: operations["CellsController_schedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cells/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists a cell's decisions
         * @description The decisions the cell took on cases, with their actions.
         */
        get: operations["CellsController_decisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads a meeting
         * @description A meeting's date, attendees, agenda and decisions with their actions.
         */
        get: operations["MeetingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/attendees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adds an attendee to a meeting
         * @description Records that a member organisation of the cell attends the meeting.
         */
        post: operations["MeetingsController_attendee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/attendees/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Removes an attendee from a meeting
         * @description Removes an organisation from the meeting's attendees.
         */
        delete: operations["MeetingsController_removeAttendee"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/agenda-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suggests cases for the agenda
         * @description Cases the cell holds worth discussing, not yet on the agenda: new, due soon, overdue.
         */
        get: operations["MeetingsController_suggestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Puts a case on the agenda
         * @description Adds a case the cell may see to the meeting's agenda.
         */
        post: operations["MeetingsController_agenda"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Records a decision
         * @description Records the cell's decision on a case of the agenda, with its actions; it may supersede an earlier one.
         */
        post: operations["MeetingsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prints a meeting's minutes
         * @description Printable minutes in French (HTML): references and codes, never identity; nothing may load or run in the page.
         */
        get: operations["MeetingsController_minutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Downloads a meeting's minutes as PDF
         * @description The same minutes as an A4 PDF to keep: a download, never cached.
         */
        get: operations["MeetingsController_minutesPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the actions of the cells
         * @description The actions decided by the cells I belong to, with their owner, due date and state, one page at a time.
         */
        get: operations["ActionsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Moves an action
         * @description Starts, completes or cancels an action on the version read (its owner or the cell's coordinators).
         */
        post: operations["ActionsController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/decisions/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adds an action to a decision
         * @description A further action on a decision that still stands, with its owner organisation and due date (the cell's coordinators).
         */
        post: operations["ActionsController_addAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Asks to transfer a case
         * @description Asks another organisation (and territory) to take the case over; it is told and answers.
         */
        post: operations["TransfersController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/transfer-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists where a case may be transferred
         * @description The organisations the owner may transfer the case to.
         */
        get: operations["TransfersController_targets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists transfers
         * @description The transfers my organisations asked for or were asked, one page at a time.
         */
        get: operations["TransfersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answers a transfer
         * @description Accepts or refuses (with a reason) a transfer asked of my organisation, or cancels my own, on the version read.
         */
        post: operations["TransfersController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/break-glass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Opens emergency access to a case
         * @description Break the glass: a time-limited access to a case my organisation does not see, with a reason; reported to the owner and audited.
         */
        post: operations["TransfersController_breakGlass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/break-glass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Opens emergency access by reference
         * @description Break the glass from a case reference given by phone or letter; same rules as from the case.
         */
        post: operations["TransfersController_breakGlassByReference"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/readers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists who read a case
         * @description Who read the identity of a case or opened emergency access to it, newest first (the owner's coordinators and DPO).
         */
        get: operations["TransfersController_readers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/break-glass-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reports emergency accesses
         * @description The break-the-glass report over a period: who opened which case and why.
         */
        get: operations["TransfersController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/{report}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads a statistics report
         * @description Counts over a period and territory for a named report; small counts are hidden.
         */
        get: operations["ReportingController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/{report}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exports a statistics report
         * @description The same report as a spreadsheet.
         */
        get: operations["ReportingController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/records/htcds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exports the anonymous records for the HTCDS
         * @description One anonymous record per case for the statistical survey of a year, as a file (counts and codes, never identity).
         */
        get: operations["HtcdsRecordsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists survey campaigns
         * @description The yearly statistical survey campaigns with their progress.
         */
        get: operations["SurveyCampaignsController_list"];
        put?: never;
        /**
         * Opens a survey campaign
         * @description Opens the survey of a year: each organisation gets its questionnaire, prefilled from its cases.
         */
        post: operations["SurveyCampaignsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey-campaigns/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follows a survey campaign
         * @description Which organisations submitted their questionnaire for the year.
         */
        get: operations["SurveyCampaignsController_follow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey-campaigns/{year}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Closes a survey campaign
         * @description Closes the year's campaign; questionnaires can no longer be corrected.
         */
        post: operations["SurveyCampaignsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey-campaigns/{year}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads a survey campaign's results
         * @description The year's consolidated counts; small counts are hidden.
         */
        get: operations["SurveyCampaignsController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey-campaigns/{year}/results/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exports a survey campaign's results
         * @description The same results as a spreadsheet.
         */
        get: operations["SurveyCampaignsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey-questionnaires": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists my questionnaires
         * @description The survey questionnaires of my organisations.
         */
        get: operations["SurveyQuestionnairesController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey-questionnaires/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads a questionnaire
         * @description A questionnaire with its prefilled counts and the corrections made.
         */
        get: operations["SurveyQuestionnairesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey-questionnaires/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Corrects a questionnaire
         * @description Corrects prefilled counts with a reason, on the version read.
         */
        put: operations["SurveyQuestionnairesController_correct"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/survey-questionnaires/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submits a questionnaire
         * @description Submits the organisation's questionnaire for the year.
         */
        post: operations["SurveyQuestionnairesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/proconnect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Says whether ProConnect is offered
         * @description Whether the sign-in page shows the ProConnect button.
         */
        get: operations["ProConnectController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/proconnect/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Starts a ProConnect sign-in
         * @description Answers the ProConnect address to send the browser to, with the state and nonce of this attempt.
         */
        post: operations["ProConnectController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/proconnect/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Completes a ProConnect sign-in
         * @description Exchanges the code ProConnect returned for a session, for a known account of a known organisation; otherwise records an access request.
         */
        post: operations["ProConnectController_callback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/proconnect/end-session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ends the ProConnect session
         * @description Answers the ProConnect logout address for the session signed in through it.
         */
        post: operations["ProConnectController_endSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists access requests
         * @description The ProConnect sign-ins of people without an account, awaiting a decision (platform administrators).
         */
        get: operations["AccessRequestsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decides an access request
         * @description Creates the account with a membership, or refuses the request.
         */
        post: operations["AccessRequestsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/organisations/{id}/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Sets how an organisation signs in
         * @description Its SIRET for ProConnect, and whether a password still signs in (platform administrators).
         */
        patch: operations["OrganisationSignInController_update"];
        trace?: never;
    };
    "/api/admin/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads the encryption keys
         * @description The field-encryption and blind-index keys: which is current, which are retired, how many rows each still protects (platform administrators). Never a key.
         */
        get: operations["KeysController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/keys/rotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Starts a key rotation
         * @description Makes a held key current and re-encrypts the rows protected by the others in the background.
         */
        post: operations["KeysController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/keys/rotations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follows a key rotation
         * @description How far a rotation has gone: rows done and left per table.
         */
        get: operations["KeysController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/keys/{kind}/{keyId}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retires a key
         * @description Retires a key no row still uses.
         */
        post: operations["KeysController_retire"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/access-journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads the access journal
         * @description Who read or changed what in my organisations' cases over a period (DPO and coordinators), one page at a time.
         */
        get: operations["AccessJournalController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/access-journal.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exports the access journal
         * @description The same journal as a CSV file over a period.
         */
        get: operations["AccessJournalController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/retention-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists retention rules
         * @description How long each kind of data is kept before it is erased.
         */
        get: operations["RetentionController_rules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/retention-rules/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Sets a retention rule
         * @description Sets how long a kind of data is kept (platform administrators); audited.
         */
        put: operations["RetentionController_setRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/retention-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists retention runs
         * @description The runs that erased or anonymised expired data, newest first.
         */
        get: operations["RetentionController_runs"];
        put?: never;
        /**
         * Starts a retention run
         * @description Erases or anonymises what the rules say has expired, now (or as a dry run).
         */
        post: operations["RetentionController_run"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/retention-runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads a retention run
         * @description What a run erased or anonymised, by kind (counts and references only).
         */
        get: operations["RetentionController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/privacy/case-erasures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erases a case on request
         * @description Anonymises a closed case at the person's request (right to erasure), unless under legal hold; audited.
         */
        post: operations["RetentionController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/subject-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists a case's right-of-access exports
         * @description The exports asked for this case, newest first.
         */
        get: operations["SubjectAccessController_listForCase"];
        put?: never;
        /**
         * Asks for a right-of-access export
         * @description Asks for the person's right-of-access export from the case page; answers 202 with its state « en préparation ».
         */
        post: operations["SubjectAccessController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subject-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists right-of-access exports
         * @description The exports of the organisations whose DPO or coordinator the caller is, newest first.
         */
        get: operations["SubjectAccessController_list"];
        put?: never;
        /**
         * Asks for an export by reference
         * @description Asks for the export by the case's reference (the DPO's page); answers 202.
         */
        post: operations["SubjectAccessController_requestByReference"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subject-access/{exportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reads a right-of-access export
         * @description The state of one export (in preparation, ready, downloaded, expired).
         */
        get: operations["SubjectAccessController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subject-access/{exportId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Downloads a right-of-access export
         * @description The PDF file, once, by the requester; gone (410) once downloaded or expired.
         */
        get: operations["SubjectAccessController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/journal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the follow-up journal of a case
         * @description The dated notes of the case the caller may read, newest day first, paged by cursor. The owner organisation reads every note; another organisation that holds identity access reads the notes shared with it. Each read is recorded in the audit journal as a read of the identity. Also says whether the caller may add a note and with which organisations a note may be shared.
         */
        get: operations["CaseJournalController_journal"];
        put?: never;
        /**
         * Add a dated note to the follow-up journal of a case
         * @description For the workers of the organisation that owns the case. The note is about a day that has come, is stored encrypted, and is never edited afterwards. visibleTo chooses, among the organisations that hold identity access to the case, those that will read it besides the owner. The write is audited.
         */
        post: operations["CaseJournalController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}/journal/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Correct the text of a note of the follow-up journal
         * @description For the author of the note only, while a worker of the organisation that owns the case. The text replaced is kept encrypted in the note’s corrections (shown in the person’s right of access); the day of the note and the organisations that read it do not change. The correction is audited.
         */
        put: operations["CaseJournalController_correct"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorBodyDto: {
            /**
             * @description Stable error code (SCREAMING_SNAKE), what clients switch on
             * @example NOT_FOUND
             */
            code: string;
            /** @description English, for developers; never personal data */
            message: string;
            /** @description The request's id, to quote when reporting a problem */
            correlationId: string;
            /** @description Facts about the failure (e.g. `currentVersion`, the invalid fields); never personal data */
            details?: {
                [key: string]: unknown;
            };
        };
        HealthLiveAnswer: {
            /** @enum {string} */
            status: "ok";
        };
        TokenPair: {
            accessToken: string;
            refreshToken: string;
            expiresIn: number;
            /** @enum {string} */
            tokenType: "Bearer";
            /** @description Seconds until the session ends unless it is refreshed (idle timeout, never past its absolute end). */
            idleExpiresIn: number;
            /** @description Seconds until the session's absolute end: no refresh takes it further. */
            sessionExpiresIn: number;
        };
        MfaChallenge: {
            mfaRequired: boolean;
            /** @description True when the user must first enrol a second factor (`/api/auth/totp/enrol` with this token). */
            enrolmentRequired: boolean;
            mfaToken: string;
            expiresIn: number;
        };
        BrowserTokenPair: {
            accessToken: string;
            expiresIn: number;
            /** @enum {string} */
            tokenType: "Bearer";
            /** @description Seconds until the session ends unless it is refreshed (idle timeout, never past its absolute end). */
            idleExpiresIn: number;
            /** @description Seconds until the session's absolute end: no refresh takes it further. */
            sessionExpiresIn: number;
        };
        LoginDto: {
            /** @example asso.93@demo.mnio.test */
            email: string;
            /** @example Demo-mnio-2026! */
            password: string;
        };
        RefreshDto: {
            /** @description Non-browser clients only (no Origin header, no cookie): the refresh token. Browsers send it in the HttpOnly cookie `mnio_refresh` with the header `X-MNIO-Refresh: 1`. */
            refreshToken?: string;
        };
        MfaVerifyDto: {
            /** @description The short-lived token returned by login when a second factor is needed */
            mfaToken: string;
            /** @example 123456 */
            code: string;
        };
        MfaTokenDto: {
            /** @description The short-lived token returned by login when a second factor is needed */
            mfaToken: string;
        };
        AuthEnrolAtLoginAnswer: {
            secret: string;
            otpauthUrl: string;
        };
        CompleteEnrolmentDto: {
            /** @description The token of the enrolment link (the part after # in /inscription#…) */
            token: string;
            /** @description At least 12 characters */
            password: string;
        };
        AuthCompleteEnrolmentAnswer: {
            email: string;
        };
        AuthEnrolAnswer: {
            secret: string;
            otpauthUrl: string;
        };
        TotpCodeDto: {
            /** @example 123456 */
            code: string;
        };
        MeViewMemberships: {
            id: string;
            organisationId: string;
            organisationName: string;
            organisationKind: string;
            role: string;
            territories: string[];
            national: boolean;
        };
        MeView: {
            id: string;
            email: string;
            displayName: string;
            totpEnabled: boolean;
            mfa: boolean;
            memberships: components["schemas"]["MeViewMemberships"][];
            /** @description CASL rules, packed: what a client needs to show or hide actions. The API still checks every call. */
            permissions: unknown[];
        };
        OrganisationSummary: {
            id: string;
            /** @enum {string} */
            kind: "minors_centre" | "uaped" | "crp" | "prefecture" | "parquet" | "association" | "police" | "gendarmerie" | "labour_inspection" | "ase" | "pjj" | "ofii" | "acse_coordination" | "host" | "clav_cell" | "national_coordinator" | "platform";
            name: string;
            national: boolean;
            territories: string[];
            /** @description Told to the platform administrators only (they set them): the SIRET ProConnect links by, and whether a password still signs in. */
            siret?: string | null;
            passwordSignIn?: boolean;
        };
        Territory: {
            code: string;
            name: string;
            regionCode: string;
            regionName: string;
        };
        MembershipRequestViewUser: {
            id: string;
            displayName: string;
            email: string;
            enrolled: boolean;
        };
        MembershipRequestViewRequestedBy: {
            id: string;
            displayName: string;
        };
        MembershipRequestView: {
            id: string;
            organisationId: string;
            organisationName: string;
            role: string;
            territories: string[];
            /** @enum {string} */
            status: "refused" | "pending" | "approved";
            user: components["schemas"]["MembershipRequestViewUser"];
            requestedBy: components["schemas"]["MembershipRequestViewRequestedBy"];
            createdAt: string;
            decidedAt: string | null;
        };
        MembershipDecisionDto: {
            /** @enum {string} */
            decision: "approve" | "refuse";
        };
        MembershipRequestsDecideAnswer: {
            id: string;
            /** @enum {string} */
            status: "refused" | "approved";
            membershipId: string | null;
        };
        UserAdminViewMemberships: {
            id: string;
            organisationId: string;
            role: string;
            territories: string[];
            active: boolean;
        };
        UserAdminView: {
            id: string;
            email: string;
            displayName: string;
            status: string;
            totpEnabled: boolean;
            memberships: components["schemas"]["UserAdminViewMemberships"][];
        };
        UserAdminViewPage: {
            items: components["schemas"]["UserAdminView"][];
            nextCursor: string | null;
        };
        MembershipDto: {
            organisationId: string;
            /** @enum {string} */
            role: "case_worker" | "coordinator" | "investigator" | "teh_referent" | "cell_member" | "cell_coordinator" | "host_operator" | "national_analyst" | "platform_admin" | "dpo";
            /**
             * @example [
             *       "93"
             *     ]
             */
            territories?: string[];
        };
        CreateUserDto: {
            email: string;
            displayName: string;
            /** @description Identity-reading roles become requests for the organisation's coordinators */
            memberships: components["schemas"]["MembershipDto"][];
        };
        CreatedUserEnrolment: {
            token: string;
            path: string;
            expiresAt: string;
        };
        CreatedUserMemberships: {
            id: string;
            organisationId: string;
            /** @enum {string} */
            role: "case_worker" | "coordinator" | "investigator" | "teh_referent" | "cell_member" | "cell_coordinator" | "host_operator" | "national_analyst" | "platform_admin" | "dpo";
        };
        CreatedUserRequests: {
            id: string;
            organisationId: string;
            /** @enum {string} */
            role: "case_worker" | "coordinator" | "investigator" | "teh_referent" | "cell_member" | "cell_coordinator" | "host_operator" | "national_analyst" | "platform_admin" | "dpo";
        };
        CreatedUser: {
            id: string;
            /** @description The single-use enrolment link's token and path (`/inscription#<token>`), shown this once. */
            enrolment: components["schemas"]["CreatedUserEnrolment"];
            /** @description Memberships granted at once (roles that read no identity). */
            memberships: components["schemas"]["CreatedUserMemberships"][];
            /** @description Identity-reading roles: requests waiting for the organisation's coordinator. */
            requests: components["schemas"]["CreatedUserRequests"][];
        };
        UserStatusDto: {
            /** @enum {string} */
            status: "active" | "disabled";
        };
        AdminSetStatusAnswer: {
            id: string;
            /** @enum {string} */
            status: "active" | "disabled";
        };
        MembershipOutcome: {
            /** @enum {string} */
            status: "granted" | "pending";
            id: string;
        };
        MembershipActiveDto: {
            active: boolean;
        };
        AdminSetMembershipAnswer: {
            id: string;
            active: boolean;
        };
        AdminOrganisation: {
            id: string;
            /** @enum {string} */
            kind: "minors_centre" | "uaped" | "crp" | "prefecture" | "parquet" | "association" | "police" | "gendarmerie" | "labour_inspection" | "ase" | "pjj" | "ofii" | "acse_coordination" | "host" | "clav_cell" | "national_coordinator" | "platform";
            name: string;
            national: boolean;
            territories: string[];
            attributes: {
                [key: string]: unknown;
            };
            siret: string | null;
            passwordSignIn: boolean;
            active: boolean;
            version: number;
            /** @description Active memberships in it. */
            members: number;
            /** @description For a CLAV cell: its member organisations. */
            cellMembers: string[];
        };
        OrganisationAttributesDto: {
            /** @description Member of the Ac.Sé secure-accommodation network */
            acseNetwork?: boolean;
            /** @description Holds DNA places dedicated to women victims of violence or trafficking */
            dnaDedicated?: boolean;
            /** @description Association approved to present exit-from-prostitution (PSP) projects */
            pspApproved?: boolean;
            /** @description Member of the minors' centre relay network */
            minorsNetwork?: boolean;
        };
        UpdateOrganisationDto: {
            name?: string;
            national?: boolean;
            /**
             * @example [
             *       "13"
             *     ]
             */
            territories?: string[];
            /** @description Merged into the current flags */
            attributes?: components["schemas"]["OrganisationAttributesDto"];
            /** @description false deactivates the organisation: its users can no longer sign in nor act; its cases stay */
            active?: boolean;
            /** @description The version read; a different current version answers 409 VERSION_CONFLICT */
            version?: number;
        };
        AdminUpdateOrganisationAnswer: {
            id: string;
            version: number;
            active: boolean;
            revokedSessions: number;
        };
        CreateOrganisationDto: {
            /** @enum {string} */
            kind: "association" | "prefecture" | "parquet" | "police" | "gendarmerie" | "labour_inspection" | "ase" | "pjj" | "ofii" | "acse_coordination" | "host" | "minors_centre" | "uaped" | "crp" | "clav_cell" | "national_coordinator" | "platform";
            name: string;
            national?: boolean;
            territories?: string[];
            /** @description Kind-specific flags, e.g. {"dnaDedicated": true}; never a location */
            attributes?: components["schemas"]["OrganisationAttributesDto"];
        };
        AdminCreateOrganisationAnswer: {
            id: string;
        };
        ContactDto: {
            /** @example +33612345678 */
            phone?: string;
            email?: string;
            /** @enum {string} */
            channel?: "phone" | "email" | "messaging" | "through_association" | "none";
            /** @description Whether contacting the person on this channel is safe */
            safeToContact: boolean;
        };
        IdentityDto: {
            /** @example Okafor */
            lastName?: string;
            /**
             * @example [
             *       "Blessing"
             *     ]
             */
            firstNames?: string[];
            /**
             * @example [
             *       "Joy"
             *     ]
             */
            aliases?: string[];
            /** @example 1999-04-12 */
            birthDate?: string;
            /** @description When the birth date is unknown */
            estimatedAge?: number;
            /** @description Presumption of minority applies when true */
            ageUncertain?: boolean;
            /**
             * @example female
             * @enum {string}
             */
            sex: "female" | "male" | "other" | "unknown";
            /**
             * @description ISO 3166-1 alpha-2
             * @example NG
             */
            nationality?: string;
            /**
             * @description ISO 639 codes
             * @example [
             *       "en",
             *       "pcm"
             *     ]
             */
            languages?: string[];
            /** @example true */
            interpreterNeeded?: boolean;
            contact?: components["schemas"]["ContactDto"];
        };
        TraffickingEventDto: {
            /** @enum {string} */
            type: "recruitment" | "transit" | "exploitation";
            /** @example NG */
            country: string;
            /**
             * @description Département, for an event in France
             * @example 93
             */
            territory?: string;
            /** @example 2024-11 */
            from?: string;
            /** @example 2026-10 */
            to?: string;
        };
        DangerDto: {
            /** @description Danger where the person is: what makes Ac.Sé the answer */
            localDanger: boolean;
            notes?: string;
        };
        ObservedIndicatorDto: {
            /** @example unodc */
            framework: string;
            /** @example control */
            dimension: string;
            /** @example documents_confiscated */
            indicator: string;
            /** @enum {string} */
            strength: "strong" | "medium" | "weak";
            /** @example 2026-10-30 */
            observedAt: string;
            note?: string;
        };
        GivenConsentDto: {
            /** @enum {string} */
            purpose: "share_with_cell" | "orientation" | "police_contact" | "statistics";
            granted: boolean;
            /** @enum {string} */
            method: "oral" | "written" | "interpreter";
            /** @description Required for purpose "orientation" */
            targetOrganisationId?: string;
        };
        FirstContactDto: {
            /**
             * @description outreach (« maraude »), drop_in (« accueil de jour »), hotline, partner_referral, place_of_detention, other
             * @example outreach
             * @enum {string}
             */
            context: "outreach" | "drop_in" | "hotline" | "partner_referral" | "place_of_detention" | "other";
            /**
             * @description The day of the first contact: not in the future (422 FIRST_CONTACT_IN_FUTURE), not before the birth date (422 FIRST_CONTACT_BEFORE_BIRTH)
             * @example 2026-10-30
             */
            on: string;
        };
        CreateCaseDto: {
            /** @example 93 */
            territory: string;
            identity: components["schemas"]["IdentityDto"];
            exploitationForms: ("sexual_exploitation" | "labour_exploitation" | "domestic_servitude" | "forced_begging" | "forced_criminality" | "organ_removal" | "forced_marriage" | "illegal_adoption" | "surrogacy_exploitation" | "other")[];
            events?: components["schemas"]["TraffickingEventDto"][];
            vulnerabilities?: ("migration" | "debt" | "isolation" | "language" | "disability" | "addiction" | "homelessness" | "minor" | "pregnancy" | "health" | "family_pressure" | "irregular_stay" | "lgbtqi" | "other")[];
            danger: components["schemas"]["DangerDto"];
            needs?: ("accommodation" | "secure_accommodation" | "health" | "psychological_support" | "legal_aid" | "interpreting" | "financial_support" | "training_employment" | "child_protection" | "safety" | "repatriation" | "other")[];
            narrative?: string;
            /** @description Indicators observed at the first contact: recorded with the case, in the same transaction */
            indicators?: components["schemas"]["ObservedIndicatorDto"][];
            /** @description The person's answers at the first contact: recorded with the case, in the same transaction, in this order */
            consents?: components["schemas"]["GivenConsentDto"][];
            /** @description The recording organisation considers the person a presumed victim at once (preliminary identification, dated today) */
            presumedVictim?: boolean;
            /** @description A minor only: unaccompanied (« mineur non accompagné »); absent when not known. An adult: 422 CASE_NOT_MINOR */
            unaccompaniedMinor?: boolean;
            /** @description Where and when the first contact took place */
            firstContact?: components["schemas"]["FirstContactDto"];
        };
        CaseCreatedSameOrganisation: {
            caseId: string;
            reference: string;
        };
        CaseCreated: {
            id: string;
            reference: string;
            version: number;
            minor: boolean;
            /** @description Another organisation may follow the same person (its owner is told); null: past the user's daily checks, not told. */
            possibleDuplicate: boolean | null;
            /** @description The recording organisation's own open cases that may concern the same person (it sees them), one per case. */
            sameOrganisation: components["schemas"]["CaseCreatedSameOrganisation"][];
        };
        CaseSummaryStatuses: {
            identification: string;
            residence: string;
            childProtection: string;
            criminal: string;
            case: string;
        };
        CaseSummaryNextDeadline: {
            kind: string;
            dueOn: string;
        };
        CaseSummary: {
            id: string;
            reference: string;
            territory: string;
            ownerOrganisationId: string;
            sex: string;
            ageBand: string;
            minor: boolean;
            nationality: string | null;
            exploitationForms: string[];
            statuses: components["schemas"]["CaseSummaryStatuses"];
            nextDeadline: components["schemas"]["CaseSummaryNextDeadline"] | null;
            createdAt: string;
            updatedAt: string;
        };
        CaseSummaryPage: {
            items: components["schemas"]["CaseSummary"][];
            nextCursor: string | null;
        };
        NameSearchDto: {
            /**
             * @description Last name, or one alias alone
             * @example Okafor
             */
            lastName: string;
            /**
             * @description Every first name as recorded (none for an alias)
             * @example [
             *       "Blessing"
             *     ]
             */
            firstNames?: string[];
            /**
             * @description Year of birth (an estimated age matches the year it gives, ± 1)
             * @example 1999
             */
            birthYear: number;
        };
        CaseSummaryList: {
            items: components["schemas"]["CaseSummary"][];
        };
        CaseViewIndicatorSummary: {
            strong: number;
            medium: number;
            weak: number;
        };
        CaseViewOrientations: {
            orientationId: string;
            /** @enum {string} */
            targetKind: "acse" | "dna" | "minors_centre" | "uaped" | "crp" | "psp" | "prefecture" | "parquet" | "general";
            state: string;
        };
        CaseViewFirstContact: {
            context: string;
            on: string | null;
        };
        CaseViewEvents: {
            type: string;
            country: string;
            territory?: string;
            from?: string;
            to?: string;
        };
        CaseViewStatuses: {
            identification: string;
            residence: string;
            childProtection: string;
            criminal: string;
            case: string;
        };
        CaseViewConsents: {
            purpose: string;
            targetOrganisationId: string | null;
            targetOrganisationKind: string | null;
            granted: boolean;
            method: string;
            recordedAt: string;
        };
        CaseViewDeadlines: {
            id: string;
            kind: string;
            dueOn: string;
            alertOn: string;
            responsibleOrganisationId: string | null;
            responsibleOrganisationKind: string | null;
            overdue: boolean;
        };
        CaseViewLinks: {
            linkId: string;
            status: string;
            otherReference: string | null;
            otherTerritory: string;
        };
        TrackActions: {
            /** @description Identification moves, named after the state they lead to. */
            identification: ("spotted" | "presumed_victim" | "formally_identified" | "not_retained" | "lost_contact")[];
            /** @description Whether indicators may be added. */
            indicators: boolean;
            residence: ("rights_information" | "reflection_period_started" | "reflection_period_ended_early" | "receipt_issued" | "complaint_or_testimony" | "permit_issued" | "permit_renewed" | "permit_refused" | "ten_year_card_issued" | "removal_order")[];
            childProtection: ("report_made" | "ase_provisional_reception" | "parquet_informed" | "emergency_placement_order" | "judge_seized" | "placement" | "guardian_appointed" | "ad_hoc_administrator_appointed")[];
            criminal: ("complaint_filed" | "hearing" | "proceedings_opened" | "no_further_action" | "conviction")[];
            /** @description Case status events: follow_up, resume, close, close_referred, reopen. */
            case: ("follow_up" | "resume" | "close" | "close_referred" | "reopen")[];
        };
        CaseView: {
            orientations: components["schemas"]["CaseViewOrientations"][];
            id: string;
            reference: string;
            territory: string;
            ownerOrganisationId: string;
            sex: string;
            ageBand: string;
            minor: boolean;
            ageUncertain: boolean;
            /** @description A minor's case: unaccompanied (« mineur non accompagné ») or not; null when not recorded, and for an adult. */
            unaccompaniedMinor: boolean | null;
            /** @description Where and when the first contact took place (codes and a day), or null when not recorded. */
            firstContact: components["schemas"]["CaseViewFirstContact"] | null;
            nationality: string | null;
            foreignNational: boolean;
            exploitationForms: string[];
            exploitedInFrance: boolean;
            exploitedAbroad: boolean;
            events: components["schemas"]["CaseViewEvents"][];
            vulnerabilities: string[];
            needs: string[];
            localDanger: boolean;
            interpreterNeeded: boolean;
            statuses: components["schemas"]["CaseViewStatuses"];
            closureReason: string | null;
            removalOrderAlert: boolean;
            identifiedByOrganisationId: string | null;
            identifiedAt: string | null;
            indicatorSummary: {
                [key: string]: components["schemas"]["CaseViewIndicatorSummary"];
            };
            /** @description `targetOrganisationId` is null when the target is a shelter the viewer is no party of (`maskOrganisation`): `targetOrganisationKind` tells what it is. */
            consents: components["schemas"]["CaseViewConsents"][];
            /** @description `responsibleOrganisationId` is masked like a consent's target (an orientation's answer deadline is the shelter's). */
            deadlines: components["schemas"]["CaseViewDeadlines"][];
            links: components["schemas"]["CaseViewLinks"][];
            /** @description Whether this actor may open the identity view (the API still checks). */
            identityAccess: boolean;
            /** @description What this actor may record now, per track (computed from the handlers' own rules; the API still checks). */
            trackActions: components["schemas"]["TrackActions"];
            /** @description Set when this actor reads the case only through their own break-the-glass grant: when it ends (read-only until then). */
            breakGlassUntil: string | null;
            version: number;
            createdAt: string;
            updatedAt: string;
            /** @description When the case was anonymised (its identity and free texts erased), null otherwise. */
            anonymisedAt: string | null;
        };
        RectifyCaseDto: {
            /** @description The version you read; a stale one answers 409 VERSION_CONFLICT (or use If-Match) */
            version?: number;
            /** @description The whole corrected identity (a field left out is removed) */
            identity?: components["schemas"]["IdentityDto"];
            exploitationForms?: ("sexual_exploitation" | "labour_exploitation" | "domestic_servitude" | "forced_begging" | "forced_criminality" | "organ_removal" | "forced_marriage" | "illegal_adoption" | "surrogacy_exploitation" | "other")[];
            events?: components["schemas"]["TraffickingEventDto"][];
            vulnerabilities?: ("migration" | "debt" | "isolation" | "language" | "disability" | "addiction" | "homelessness" | "minor" | "pregnancy" | "health" | "family_pressure" | "irregular_stay" | "lgbtqi" | "other")[];
            needs?: ("accommodation" | "secure_accommodation" | "health" | "psychological_support" | "legal_aid" | "interpreting" | "financial_support" | "training_employment" | "child_protection" | "safety" | "repatriation" | "other")[];
            danger?: components["schemas"]["DangerDto"];
            /** @description The corrected narrative; an empty text removes it */
            narrative?: string;
            /** @description The corrected context and day of the first contact */
            firstContact?: components["schemas"]["FirstContactDto"];
            /** @description Why the correction (kept encrypted in the timeline) */
            note?: string;
        };
        CasesRectifyAnswer: {
            id: string;
            version: number;
            fields: ("exploitationForms" | "events" | "vulnerabilities" | "needs" | "narrative" | "firstContact" | "lastName" | "firstNames" | "aliases" | "birthDate" | "estimatedAge" | "ageUncertain" | "sex" | "nationality" | "languages" | "interpreterNeeded" | "contact" | "localDanger" | "dangerNotes")[];
        };
        CaseRectificationViewPrevious: {
            identity: {
                [key: string]: unknown;
            };
            facts: {
                [key: string]: unknown;
            };
        };
        CaseRectificationView: {
            id: string;
            at: string;
            /** @description The fields the correction changed: names, never values. */
            fields: ("exploitationForms" | "events" | "vulnerabilities" | "needs" | "narrative" | "firstContact" | "lastName" | "firstNames" | "aliases" | "birthDate" | "estimatedAge" | "ageUncertain" | "sex" | "nationality" | "languages" | "interpreterNeeded" | "contact" | "localDanger" | "dangerNotes")[];
            /** @description Who corrected: the owner organisation (masked like every organisation in a case's views). */
            organisationId: string | null;
            /** @description The values the correction replaced (identity fields and facts by name), for those who read the identity only (absent otherwise; null once the retention rules erased them). */
            previous?: components["schemas"]["CaseRectificationViewPrevious"] | null;
        };
        CaseContact: {
            phone?: string;
            email?: string;
            channel?: string;
            safeToContact: boolean;
        };
        CaseIdentity: {
            lastName?: string;
            firstNames?: string[];
            aliases?: string[];
            birthDate?: string;
            estimatedAge?: number;
            ageUncertain?: boolean;
            /** @enum {string} */
            sex: "female" | "male" | "other" | "unknown";
            nationality?: string;
            languages?: string[];
            interpreterNeeded?: boolean;
            contact?: components["schemas"]["CaseContact"];
        };
        CaseIdentityViewDanger: {
            localDanger: boolean;
            notes: string | null;
        };
        CaseIdentityView: {
            caseId: string;
            reference: string;
            identity: components["schemas"]["CaseIdentity"];
            narrative: string | null;
            danger: components["schemas"]["CaseIdentityViewDanger"];
        };
        CaseHistoryEntry: {
            id: string;
            track: string;
            type: string;
            occurredOn: string;
            recordedAt: string;
            /** @description Null when it is a shelter the viewer is no party of (`maskOrganisation`); `recordedByOrganisationKind` tells what it is. */
            recordedByOrganisationId: string | null;
            recordedByOrganisationKind: string | null;
            /** @description Codes and dates; an organisation id in it (`targetOrganisationId`, `organisationId`) is masked the same way, with its `…Kind` beside it. */
            data: {
                [key: string]: unknown;
            };
            /** @description Free-text notes may name people: only identity readers get them. */
            note?: string | null;
        };
        IdentificationDto: {
            /** @description The version you read; a stale one answers 409 VERSION_CONFLICT (or use If-Match) */
            version?: number;
            /**
             * @example presumed_victim
             * @enum {string}
             */
            to: "spotted" | "presumed_victim" | "formally_identified" | "not_retained" | "lost_contact";
            occurredOn?: string;
            note?: string;
        };
        CasesIdentificationAnswer: {
            id: string;
            version: number;
            /** @enum {string} */
            identification: "spotted" | "presumed_victim" | "formally_identified" | "not_retained" | "lost_contact";
        };
        IndicatorDto: {
            /** @example unodc */
            framework: string;
            /** @example control */
            dimension: string;
            /** @example documents_confiscated */
            indicator: string;
            /** @enum {string} */
            strength: "strong" | "medium" | "weak";
            /** @example 2026-10-30 */
            observedAt: string;
            note?: string;
            /** @description The version you read; a stale one answers 409 VERSION_CONFLICT (or use If-Match) */
            version?: number;
        };
        CasesIndicatorAnswer: {
            id: string;
            indicatorId: string;
            version: number;
        };
        TrackEventDto: {
            /** @description The version you read; a stale one answers 409 VERSION_CONFLICT (or use If-Match) */
            version?: number;
            /** @example rights_information */
            event: string;
            occurredOn?: string;
            /**
             * @description A code of TRACK_SERVICES
             * @example prefecture
             */
            service?: string;
            /** @example en */
            language?: string;
            interpreter?: boolean;
            reasonCode?: string;
            expiresOn?: string;
            /** @example opp */
            legalBasis?: string;
            /** @example uaped */
            hearingType?: string;
            note?: string;
        };
        CasesResidenceAnswer: {
            id: string;
            version: number;
            /** @enum {string} */
            track: "residence" | "child_protection" | "criminal";
            status: string;
            deadlineIds: string[];
        };
        CloseCaseDto: {
            /** @description The version you read; a stale one answers 409 VERSION_CONFLICT (or use If-Match) */
            version?: number;
            /** @example support_completed */
            reason: string;
            /** @enum {string} */
            event?: "close" | "close_referred";
            note?: string;
        };
        CasesCloseAnswer: {
            id: string;
            version: number;
            /** @enum {string} */
            status: "follow_up" | "active" | "closed" | "closed_referred";
        };
        NoteDto: {
            /** @description The version you read; a stale one answers 409 VERSION_CONFLICT (or use If-Match) */
            version?: number;
            note?: string;
        };
        CaseStatusDto: {
            /** @description The version you read; a stale one answers 409 VERSION_CONFLICT (or use If-Match) */
            version?: number;
            /** @enum {string} */
            event: "follow_up" | "resume" | "reopen";
            note?: string;
        };
        ConsentDto: {
            /** @enum {string} */
            purpose: "share_with_cell" | "orientation" | "police_contact" | "statistics";
            granted: boolean;
            /** @enum {string} */
            method: "oral" | "written" | "interpreter";
            /** @description Required for purpose "orientation" */
            targetOrganisationId?: string;
            /** @description The version you read; a stale one answers 409 VERSION_CONFLICT (or use If-Match) */
            version?: number;
        };
        CasesConsentAnswer: {
            id: string;
            consentId: string;
            version: number;
        };
        UnaccompaniedMinorDto: {
            /** @description The version you read; a stale one answers 409 VERSION_CONFLICT (or use If-Match) */
            version?: number;
            /** @description Unaccompanied minor (« mineur non accompagné »), or null: not known */
            unaccompaniedMinor: boolean | null;
        };
        CasesUnaccompaniedMinorAnswer: {
            id: string;
            version: number;
        };
        ReferralDto: {
            /** @description The version you read; a stale one answers 409 VERSION_CONFLICT (or use If-Match) */
            version?: number;
            organisationId: string;
        };
        CasesReferAnswer: {
            id: string;
            organisationId: string;
            version: number;
        };
        DuplicateCheckSameOrganisation: {
            caseId: string;
            reference: string;
        };
        DuplicateCheck: {
            possibleDuplicate: boolean | null;
            /** @description The recording organisation's own open cases sharing a key (« peut-être déjà suivie par votre structure »), one entry per case: it sees them already, so their references are no disclosure. Never another organisation's. */
            sameOrganisation: components["schemas"]["DuplicateCheckSameOrganisation"][];
        };
        DuplicateLinkView: {
            linkId: string;
            status: string;
            /** @enum {string} */
            direction: "incoming" | "outgoing";
            /** @description The actor's own case on this side of the link. */
            caseId: string;
            reference: string;
            otherTerritory: string;
            otherOrganisationKind: string;
            requestedAt: string;
        };
        DuplicateMatchView: {
            matchId: string;
            /** @description The actor's own case. */
            caseId: string;
            reference: string;
            otherTerritory: string;
            otherOrganisationKind: string;
            /** @description Only when the other case is the actor's organisation's own too (it sees it): its id and reference; otherwise null. */
            otherCaseId: string | null;
            otherReference: string | null;
            foundAt: string;
            /** @description The link proposed from this match, if any. */
            linkId: string | null;
            linkStatus: string | null;
        };
        CaseLinksRequestLinkAnswer: {
            linkId: string;
            /** @enum {string} */
            status: "requested";
        };
        CaseLinksAcceptAnswer: {
            linkId: string;
            /** @enum {string} */
            status: "accepted" | "refused";
        };
        AnswerLinkDto: {
            reasonCode?: string;
        };
        DeadlineView: {
            id: string;
            caseId: string;
            reference: string;
            territory: string;
            kind: string;
            dueOn: string;
            alertOn: string;
            overdue: boolean;
            /** @description The alert date has come (e.g. the permit's 60-day renewal window is open). */
            alerting: boolean;
            /** @description Null when it is a shelter the viewer is no party of (`maskOrganisation`); the kind is always told. */
            responsibleOrganisationId: string | null;
            responsibleOrganisationKind: string | null;
        };
        DeadlineViewPage: {
            items: components["schemas"]["DeadlineView"][];
            nextCursor: string | null;
        };
        TerritoryRule: {
            territory: string;
            /** @description True when the territory overrides the national default. */
            overridden: boolean;
            /** @enum {string} */
            kind: "reflection_period_end" | "permit_expiry" | "parquet_referral" | "judge_seizure" | "cell_review" | "orientation_answer" | "action_due" | "minor_report" | "ase_reception";
            /** @description Length of the period. */
            amount: number;
            /** @enum {string} */
            unit: "days" | "working_days" | "years";
            /** @description Days before the due date when the responsible organisation is alerted. */
            alertBeforeDays: number;
        };
        DeadlineRuleDto: {
            /** @description Go back to the national default */
            reset?: boolean;
            /** @example 5 */
            amount?: number;
            /** @enum {string} */
            unit?: "days" | "working_days" | "years";
            /** @example 1 */
            alertBeforeDays?: number;
        };
        CaseReferral: {
            organisationId: string;
            organisationKind: string;
            referredAt: string;
            /** @description The organisation that referred the case (never a person). */
            referredByOrganisationId: string | null;
            /** @description Set when the referral ended (e.g. `consent_withdrawn`). */
            endedAt: string | null;
            endedReason: string | null;
        };
        ReferralTarget: {
            organisationId: string;
            organisationKind: string;
            national: boolean;
            /**
             * @description The consent this referral needs, and whether the person's latest answer gives it.
             * @enum {string|null}
             */
            consentNeeded: "police_contact" | null;
            consentGiven: boolean;
        };
        CaseReferrals: {
            referrals: components["schemas"]["CaseReferral"][];
            targets: components["schemas"]["ReferralTarget"][];
        };
        ReferredCase: {
            caseId: string;
            reference: string;
            territory: string;
            minor: boolean;
            identificationStatus: string;
            caseStatus: string;
            /** @description Which of the actor's organisations the case was referred to. */
            organisationId: string;
            referredAt: string;
            referredByOrganisationId: string | null;
        };
        ReferredCasePage: {
            items: components["schemas"]["ReferredCase"][];
            nextCursor: string | null;
        };
        StepActor: {
            organisationKind: string;
            organisationId: string | null;
            organisationName: string | null;
        };
        MinorProtectionStep: {
            /** @enum {string} */
            step: "ase_reception" | "parquet_informed" | "judge_seized" | "report" | "uaped_hearing";
            /** @enum {string} */
            state: "done" | "due" | "overdue" | "to_do" | "not_applicable_yet";
            /** @description YYYY-MM-DD, when done. */
            doneOn: string | null;
            /** @description The child-protection event (or UAPED orientation state) that fulfilled the step. */
            doneBy: string | null;
            /** @description YYYY-MM-DD, the last day to act, when a clock runs. */
            dueOn: string | null;
            deadlineId: string | null;
            /** @description Who must act now (or who acted, once done). */
            actor: components["schemas"]["StepActor"];
            /** @description Overdue clocks are escalated to the territory's parquet. */
            escalated: boolean;
        };
        MinorProtectionView: {
            caseId: string;
            reference: string;
            /** @description False for an adult's case: no steps. */
            applicable: boolean;
            /** @description YYYY-MM-DD in France: the day the states were computed for. */
            today: string;
            steps: components["schemas"]["MinorProtectionStep"][];
            nextClock: components["schemas"]["MinorProtectionStep"] | null;
        };
        MinorInCareNextClock: {
            deadlineId: string;
            kind: string;
            dueOn: string;
            overdue: boolean;
            responsibleOrganisationId: string;
        };
        MinorInCare: {
            caseId: string;
            reference: string;
            territory: string;
            ageBand: string;
            childProtectionStatus: string;
            /** @description The earliest open clock of the child (report, reception, 5 days, 8 days), if one runs. */
            nextClock: components["schemas"]["MinorInCareNextClock"] | null;
        };
        MinorInCareList: {
            items: components["schemas"]["MinorInCare"][];
        };
        AddAttachmentBodyDoc: {
            /**
             * @description What the document is: récépissé, medical certificate, decision, other
             * @enum {string}
             */
            kind: "recepisse" | "medical_certificate" | "decision" | "other";
            /**
             * @description Date of the document (YYYY-MM-DD), not of the upload; not in the future
             * @example 2026-11-30
             */
            documentDate: string;
            /**
             * Format: binary
             * @description The file: PDF, JPEG or PNG, recognised by its content; at most MNIO_ATTACHMENT_MAX_BYTES (10 MiB by default)
             */
            file: string;
        };
        AttachmentAddedDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "recepisse" | "medical_certificate" | "decision" | "other";
            /** @example 2026-11-30 */
            documentDate: string;
            /**
             * @description The type found in the content
             * @enum {string}
             */
            mediaType: "application/pdf" | "image/jpeg" | "image/png";
            sizeBytes: number;
        };
        CaseAttachmentDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "recepisse" | "medical_certificate" | "decision" | "other";
            /** @example 2026-11-30 */
            documentDate: string;
            /**
             * @description The type found in the content
             * @enum {string}
             */
            mediaType: "application/pdf" | "image/jpeg" | "image/png";
            sizeBytes: number;
            /**
             * Format: uuid
             * @description The organisation that attached it
             */
            organisationId: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Erased with the identity (anonymisation): no name and no content left */
            erased: boolean;
            /** @description The file name, for those who read the identity only */
            name?: string;
        };
        CaseAssigneeDto: {
            userId: string;
            /** @description The colleague's display name (staff), never the person's identity */
            displayName: string;
            /** Format: date-time */
            assignedAt: string;
        };
        CaseWorkerDto: {
            userId: string;
            /** @description The colleague's display name (staff), never the person's identity */
            displayName: string;
        };
        CaseAssignmentsDto: {
            caseId: string;
            assignees: components["schemas"]["CaseAssigneeDto"][];
            /** @description Members of the owning organisation who may still be assigned */
            candidates: components["schemas"]["CaseWorkerDto"][];
        };
        AssignDto: {
            /** @description A case worker or coordinator of the organisation that owns the case */
            userId: string;
        };
        AssignedDto: {
            caseId: string;
            userId: string;
            /** Format: date-time */
            assignedAt: string;
        };
        UnassignedDto: {
            caseId: string;
            userId: string;
        };
        ColleagueDto: {
            userId: string;
            /** @description The colleague's display name (staff), never the person's identity */
            displayName: string;
            /** @description The organisation the actor and this colleague both work in */
            organisationId: string;
        };
        NotificationView: {
            id: string;
            eventType: string;
            title: string;
            read: boolean;
            createdAt: string;
            readAt: string | null;
            caseId?: string;
            reference?: string;
            territory?: string;
            orientationId?: string;
            linkId?: string;
            deadlineId?: string;
            dueAt?: string;
            threshold?: string;
            link: string;
        };
        NotificationPage: {
            items: components["schemas"]["NotificationView"][];
            nextCursor: string | null;
        };
        NotificationsUnreadCountAnswer: {
            unread: number;
        };
        NotificationsReadAllAnswer: {
            updated: number;
        };
        EffectivePreference: {
            /** @enum {string} */
            eventType: "MinorCaseCreated" | "CaseShared" | "PresumedVictimIdentified" | "RemovalOrderAlert" | "CaseErasedOnRequest" | "PossibleDuplicateFound" | "DuplicateLinkRequested" | "DuplicateLinkAnswered" | "OrientationRequested" | "OrientationAccepted" | "OrientationRefused" | "OrientationAdmitted" | "OrientationEnded" | "OrientationCancelled" | "OrientationHostChosen" | "CellActionAssigned" | "CellActionStatusChanged" | "BreakGlassUsed" | "CaseTransferRequested" | "CaseTransferAccepted" | "CaseTransferRefused" | "CaseTransferCancelled" | "MembershipRequested" | "AccessRequested" | "SurveyQuestionnaireOpened" | "IdentityReadsAlertRaised" | "DeadlineApproaching" | "DeadlineOverdue" | "DeadlineEscalated";
            label: string;
            /** @enum {string} */
            channel: "email" | "in_app";
            enabled: boolean;
            /** @description False when the user changed it. */
            isDefault: boolean;
            /** @description The in-app inbox cannot be turned off: it is the record of what was asked of the user. */
            locked: boolean;
        };
        EffectivePreferenceList: {
            items: components["schemas"]["EffectivePreference"][];
        };
        PreferenceChangeDto: {
            /** @enum {string} */
            eventType: "MinorCaseCreated" | "PresumedVictimIdentified" | "CaseShared" | "RemovalOrderAlert" | "DuplicateLinkRequested" | "DuplicateLinkAnswered" | "PossibleDuplicateFound" | "OrientationRequested" | "OrientationAccepted" | "OrientationRefused" | "OrientationAdmitted" | "OrientationEnded" | "OrientationCancelled" | "OrientationHostChosen" | "CaseTransferRequested" | "CaseTransferAccepted" | "CaseTransferRefused" | "CaseTransferCancelled" | "CellActionAssigned" | "CellActionStatusChanged" | "BreakGlassUsed" | "MembershipRequested" | "AccessRequested" | "SurveyQuestionnaireOpened" | "IdentityReadsAlertRaised" | "CaseErasedOnRequest" | "DeadlineApproaching" | "DeadlineOverdue" | "DeadlineEscalated";
            /** @enum {string} */
            channel: "in_app" | "email";
            enabled: boolean;
        };
        PreferencesDto: {
            items: components["schemas"]["PreferenceChangeDto"][];
        };
        EffectivePreferenceListAnswer: {
            items: components["schemas"]["EffectivePreference"][];
        };
        WebhookView: {
            id: string;
            organisationId: string;
            url: string;
            eventTypes: string[];
            active: boolean;
            version: number;
            createdAt: string;
        };
        CreateWebhookDto: {
            organisationId: string;
            /** @example https://partenaire.example.fr/mnio/webhooks */
            url: string;
            eventTypes: ("MinorCaseCreated" | "PresumedVictimIdentified" | "CaseShared" | "RemovalOrderAlert" | "DuplicateLinkRequested" | "DuplicateLinkAnswered" | "PossibleDuplicateFound" | "OrientationRequested" | "OrientationAccepted" | "OrientationRefused" | "OrientationAdmitted" | "OrientationEnded" | "OrientationCancelled" | "OrientationHostChosen" | "CaseTransferRequested" | "CaseTransferAccepted" | "CaseTransferRefused" | "CaseTransferCancelled" | "CellActionAssigned" | "CellActionStatusChanged" | "BreakGlassUsed" | "MembershipRequested" | "AccessRequested" | "SurveyQuestionnaireOpened" | "IdentityReadsAlertRaised" | "CaseErasedOnRequest" | "DeadlineApproaching" | "DeadlineOverdue" | "DeadlineEscalated")[];
        };
        WebhooksCreateAnswer: {
            id: string;
            organisationId: string;
            url: string;
            eventTypes: string[];
            active: boolean;
            version: number;
            createdAt: string;
            secret: string;
        };
        UpdateWebhookDto: {
            url?: string;
            eventTypes?: ("MinorCaseCreated" | "PresumedVictimIdentified" | "CaseShared" | "RemovalOrderAlert" | "DuplicateLinkRequested" | "DuplicateLinkAnswered" | "PossibleDuplicateFound" | "OrientationRequested" | "OrientationAccepted" | "OrientationRefused" | "OrientationAdmitted" | "OrientationEnded" | "OrientationCancelled" | "OrientationHostChosen" | "CaseTransferRequested" | "CaseTransferAccepted" | "CaseTransferRefused" | "CaseTransferCancelled" | "CellActionAssigned" | "CellActionStatusChanged" | "BreakGlassUsed" | "MembershipRequested" | "AccessRequested" | "SurveyQuestionnaireOpened" | "IdentityReadsAlertRaised" | "CaseErasedOnRequest" | "DeadlineApproaching" | "DeadlineOverdue" | "DeadlineEscalated")[];
            active?: boolean;
        };
        QueueCounts: {
            name: string;
            waiting: number | null;
            active: number | null;
            delayed: number | null;
            failed: number | null;
            /** @description Dead letters not yet replayed (from PostgreSQL, so known even without Redis). */
            deadLettered: number;
        };
        QueueStatsDeliveries: {
            pending: number;
            sending: number;
        };
        QueueStats: {
            /** @enum {string} */
            redis: "up" | "down";
            outboxBacklog: number;
            queues: components["schemas"]["QueueCounts"][];
            deliveries: components["schemas"]["QueueStatsDeliveries"];
        };
        DeadLetterView: {
            id: string;
            deliveryId: string;
            round: number;
            channel: string;
            eventType: string;
            /** @description The event type in French, for the administration page (the catalogue's label). */
            eventLabel: string;
            eventKey: string;
            organisationId: string;
            recipientId: string;
            attempts: number;
            lastError: string | null;
            failedAt: string;
            replayedAt: string | null;
        };
        DeadLetterViewPage: {
            items: components["schemas"]["DeadLetterView"][];
            nextCursor: string | null;
        };
        NotificationsAdminReplayAnswer: {
            deliveryId: string;
            round: number;
        };
        RequestOrientationDto: {
            /**
             * @example acse
             * @enum {string}
             */
            targetKind: "acse" | "dna" | "minors_centre" | "uaped" | "crp" | "psp" | "prefecture" | "parquet" | "general";
            /** @description The organisation asked (Ac.Sé coordination, DNA host, minors’ centre, UAPED, CRP, préfecture, parquet…) */
            targetOrganisationId: string;
            /**
             * @description Required for targetKind "general", and only for it
             * @enum {string}
             */
            channel?: "siao_115" | "chrs" | "ase_crip" | "asylum" | "lawyer";
            /**
             * @description Hosting targets: the kind of place needed (default from the person)
             * @enum {string}
             */
            placeKind?: "women" | "men" | "family" | "minors";
            /**
             * @example local_danger
             * @enum {string}
             */
            reason: "local_danger" | "secure_accommodation" | "accommodation" | "asylum_accommodation" | "child_protection" | "hearing" | "psychotrauma_care" | "prostitution_exit" | "residence" | "criminal_referral" | "legal_aid" | "other";
            /** @description Free text, encrypted; shown only to those who read the identity */
            note?: string;
            /**
             * @description Minors’ centre: the placement’s legal basis, unless the child-protection track holds one
             * @enum {string}
             */
            legalBasis?: "opp" | "judgment" | "administrative_reception";
            /**
             * @description DNA dedicated places: asylum seeker or refugee
             * @enum {string}
             */
            asylumStatus?: "asylum_seeker" | "refugee";
            /** @description UAPED asked by someone else than the parquet: the parquet that decided the hearing */
            parquetOrganisationId?: string;
        };
        NextStep: {
            /** @description The step's code, also the key of its French label. */
            action: string;
            /**
             * @description The party that takes it.
             * @enum {string}
             */
            party: "host" | "requester" | "target";
            /** @description Whether this reader may take it now (the transition still checks again). */
            allowed: boolean;
            /** @description When not allowed, the code the transition would answer: `ACTION_NOT_ALLOWED_FOR_PARTY`, `PSP_MAX_DURATION_REACHED`. */
            deniedCode: string | null;
            /** @description The reason codes the step takes (`reasonCode`); empty when it takes none. */
            reasonCodes: string[];
            /** @description Whether one of `reasonCodes` must be given. */
            reasonRequired: boolean;
            /**
             * @description Whether the step names a host (`hostId`): required, optional (the target itself by default), or not at all.
             * @enum {string|null}
             */
            host: "required" | "optional" | null;
            /**
             * @description Whether the step dates an appointment (`scheduledAt`): the pre-admission video meeting, the transfer, or none.
             * @enum {string|null}
             */
            date: "pre_admission" | "transfer" | null;
        };
        OrientationsRequestAnswer: {
            requestedAt: string;
            /** @description The target's answer (acceptance, agreement in principle, refusal…), not its taking the request in hand. */
            answeredAt: string | null;
            preAdmissionAt: string | null;
            transferAt: string | null;
            closedAt: string | null;
            updatedAt: string;
            /** @description The parties the reader holds, and what they may do next (the API still checks). */
            parties: ("host" | "requester" | "target")[];
            /** @description The actions of `nextSteps` the reader may take. */
            allowedActions: string[];
            /** @description The steps the workflow offers now, whoever takes them, with whether the reader may and why not. */
            nextSteps: components["schemas"]["NextStep"][];
            territory: string;
            reference: string;
            version: number;
            reasonCode: string;
            legalBasis: string | null;
            state: string;
            targetOrganisationId: string;
            open: boolean;
            caseId: string;
            requesterOrganisationId: string;
            /** @enum {string} */
            targetKind: "acse" | "dna" | "minors_centre" | "uaped" | "crp" | "psp" | "prefecture" | "parquet" | "general";
            /** @enum {string|null} */
            placeKind: "women" | "men" | "family" | "minors" | null;
            /** @enum {string} */
            placeStatus: "reserved" | "occupied" | "none";
            hostOrganisationId: string | null;
            id: string;
            channel: string | null;
            asylumStatus: string | null;
            outcomeCode: string | null;
            authorisations: number;
            authorisedUntil: string | null;
            answerDueOn: string | null;
        };
        EligibilityCheckDto: {
            /** @enum {string} */
            targetKind: "acse" | "dna" | "minors_centre" | "uaped" | "crp" | "psp" | "prefecture" | "parquet" | "general";
            /** @enum {string|null} */
            channel: "siao_115" | "chrs" | "ase_crip" | "asylum" | "lawyer" | null;
            targetOrganisationId: string | null;
            /** @description True only when a target is named and no check fails */
            eligible: boolean;
            /**
             * @description The codes a request would answer, in the order it checks them
             * @example [
             *       "ELIGIBILITY_CONSENT_REQUIRED"
             *     ]
             */
            problems: string[];
            /**
             * @description Organisation kinds that receive this kind (DNA: hosts with dedicated places)
             * @example [
             *       "acse_coordination"
             *     ]
             */
            targetOrganisationKinds: string[];
            /** @description The target must be national or cover the case’s département */
            territorial: boolean;
            placeKinds: ("women" | "men" | "family" | "minors")[];
        };
        OrientationView: {
            requestedAt: string;
            /** @description The target's answer (acceptance, agreement in principle, refusal…), not its taking the request in hand. */
            answeredAt: string | null;
            preAdmissionAt: string | null;
            transferAt: string | null;
            closedAt: string | null;
            updatedAt: string;
            /** @description The parties the reader holds, and what they may do next (the API still checks). */
            parties: ("host" | "requester" | "target")[];
            /** @description The actions of `nextSteps` the reader may take. */
            allowedActions: string[];
            /** @description The steps the workflow offers now, whoever takes them, with whether the reader may and why not. */
            nextSteps: components["schemas"]["NextStep"][];
            territory: string;
            reference: string;
            version: number;
            reasonCode: string;
            legalBasis: string | null;
            state: string;
            targetOrganisationId: string;
            open: boolean;
            caseId: string;
            requesterOrganisationId: string;
            /** @enum {string} */
            targetKind: "acse" | "dna" | "minors_centre" | "uaped" | "crp" | "psp" | "prefecture" | "parquet" | "general";
            /** @enum {string|null} */
            placeKind: "women" | "men" | "family" | "minors" | null;
            /** @enum {string} */
            placeStatus: "reserved" | "occupied" | "none";
            hostOrganisationId: string | null;
            id: string;
            channel: string | null;
            asylumStatus: string | null;
            outcomeCode: string | null;
            authorisations: number;
            authorisedUntil: string | null;
        };
        OrientationPage: {
            items: components["schemas"]["OrientationView"][];
            nextCursor: string | null;
        };
        OrientationStepView: {
            id: string;
            action: string;
            from: string | null;
            to: string;
            party: string;
            reasonCode: string | null;
            hostOrganisationId: string | null;
            actorOrganisationId: string;
            occurredAt: string;
            /** @description Free text may name the person: only those who read the case's identity get it. */
            note?: string | null;
        };
        OrientationWithHistory: {
            requestedAt: string;
            /** @description The target's answer (acceptance, agreement in principle, refusal…), not its taking the request in hand. */
            answeredAt: string | null;
            preAdmissionAt: string | null;
            transferAt: string | null;
            closedAt: string | null;
            updatedAt: string;
            /** @description The parties the reader holds, and what they may do next (the API still checks). */
            parties: ("host" | "requester" | "target")[];
            /** @description The actions of `nextSteps` the reader may take. */
            allowedActions: string[];
            /** @description The steps the workflow offers now, whoever takes them, with whether the reader may and why not. */
            nextSteps: components["schemas"]["NextStep"][];
            territory: string;
            reference: string;
            version: number;
            reasonCode: string;
            legalBasis: string | null;
            state: string;
            targetOrganisationId: string;
            open: boolean;
            caseId: string;
            requesterOrganisationId: string;
            /** @enum {string} */
            targetKind: "acse" | "dna" | "minors_centre" | "uaped" | "crp" | "psp" | "prefecture" | "parquet" | "general";
            /** @enum {string|null} */
            placeKind: "women" | "men" | "family" | "minors" | null;
            /** @enum {string} */
            placeStatus: "reserved" | "occupied" | "none";
            hostOrganisationId: string | null;
            id: string;
            channel: string | null;
            asylumStatus: string | null;
            outcomeCode: string | null;
            authorisations: number;
            authorisedUntil: string | null;
            history: components["schemas"]["OrientationStepView"][];
        };
        TransitionDto: {
            /**
             * @description A step of the target kind’s workflow (see allowedActions)
             * @example start_assessment
             */
            action: string;
            /**
             * @description Refusal, exit, cancellation or opinion code, when the step takes one
             * @example no_place
             */
            reasonCode?: string;
            /** @description Free text, encrypted; shown only to those who read the identity */
            note?: string;
            /** @description The host chosen (agree_in_principle, accept at the minors’ centre, relay) */
            hostId?: string;
            /** @enum {string} */
            placeKind?: "women" | "men" | "family" | "minors";
            /**
             * @description Ac.Sé: the date and time of the pre-admission video meeting (schedule_pre_admission) or of the transfer (transfer)
             * @example 2026-12-08T10:00:00+01:00
             */
            scheduledAt?: string;
            /** @description The version you read; a stale one answers 409 VERSION_CONFLICT (or use If-Match) */
            version?: number;
        };
        PlaceCount: {
            /** @enum {string} */
            placeKind: "women" | "men" | "family" | "minors";
            capacity: number;
            reserved: number;
            occupied: number;
            free: number;
        };
        HostSummary: {
            hostId: string;
            name: string;
            kind: string;
            territories: string[];
            places: components["schemas"]["PlaceCount"][];
        };
        PlaceBoardOrientationDistancing: {
            applied: boolean;
            regions: boolean;
        };
        PlaceBoardOrientation: {
            id: string;
            reference: string;
            targetKind: string;
            state: string;
            version: number;
            /** @enum {string|null} */
            placeKind: "women" | "men" | "family" | "minors" | null;
            distancing: components["schemas"]["PlaceBoardOrientationDistancing"];
        };
        PlaceBoardHostFree: {
            women: number;
            men: number;
            family: number;
            minors: number;
        };
        PlaceBoardHost: {
            hostId: string;
            name: string;
            kind: string;
            national: boolean;
            territories: string[];
            /** @description The regions of its départements (codes), for the filter and the totals. */
            regionCodes: string[];
            places: components["schemas"]["PlaceCount"][];
            /** @description Free places of each kind (0 when none is declared). */
            free: components["schemas"]["PlaceBoardHostFree"];
            /** @description With an orientation at hand: whether it may be chosen for it, and if not, why (a code the page says in French). */
            selectable: boolean | null;
            /** @enum {string|null} */
            excludedBecause: "national" | "departement" | "region" | "not_in_network" | "no_free_place" | null;
        };
        PlaceBoardRegions: {
            regionCode: string;
            regionName: string;
            free: components["schemas"]["PlaceBoardHostFree"];
        };
        PlaceBoard: {
            /** @description The orientation at hand, when the board was opened from one: its kind of place and the distancing rule applied (codes only). */
            orientation: components["schemas"]["PlaceBoardOrientation"] | null;
            hosts: components["schemas"]["PlaceBoardHost"][];
            /** @description Free places by region and kind over the hosts listed (a national host counts under `national`). */
            regions: components["schemas"]["PlaceBoardRegions"][];
        };
        HostCapacityPlaces: {
            /** @enum {string} */
            placeKind: "women" | "men" | "family" | "minors";
            capacity: number;
        };
        HostCapacity: {
            hostId: string;
            places: components["schemas"]["HostCapacityPlaces"][];
            /** @description Who may read the host's secret location besides the host itself (GET only), from the same rules as the location read: `acse_coordination` for an Ac.Sé network host, `minors_centre` for a relay of the minors' centre. */
            locationReaders?: ("minors_centre" | "acse_coordination" | "host")[];
        };
        HostCapacityDto: {
            /**
             * @description Places for women (a kind left out has none)
             * @example 2
             */
            women?: number;
            /** @example 0 */
            men?: number;
            /** @example 1 */
            family?: number;
            /** @example 0 */
            minors?: number;
        };
        HostOccupancyOrientations: {
            orientationId: string;
            targetKind: string;
            state: string;
            /** @enum {string} */
            placeKind: "women" | "men" | "family" | "minors";
            /** @enum {string} */
            placeStatus: "reserved" | "occupied";
        };
        HostOccupancy: {
            hostId: string;
            places: components["schemas"]["PlaceCount"][];
            /** @description The orientations holding a place here: ids and codes only. */
            orientations: components["schemas"]["HostOccupancyOrientations"][];
        };
        HostLocation: {
            address: string;
            postalCode?: string;
            city?: string;
            phone?: string;
            accessInstructions?: string;
        };
        HostsLocationAnswer: {
            hostId: string;
            location: components["schemas"]["HostLocation"];
            updatedAt: string;
        };
        HostLocationDto: {
            /** @description Secret: encrypted, shown only to the host and its coordination */
            address: string;
            postalCode?: string;
            city?: string;
            phone?: string;
            accessInstructions?: string;
        };
        HostsSetLocationAnswer: {
            hostId: string;
            updatedAt: string;
        };
        DistancingRuleView: {
            /** @description A département code, or `national` for the rule every territory follows unless it overrides it. */
            territory: string;
            regions: boolean;
        };
        DistancingRuleDto: {
            /** @description Also outside the regions of exploitation and residence (not only their départements) */
            regions?: boolean;
            /** @description Go back to the national rule (a territory only) */
            reset?: boolean;
        };
        DistancingRulesSetAnswer: {
            /** @description A département code, or `national` for the rule every territory follows unless it overrides it. */
            territory: string;
            regions: boolean;
            overridden: boolean;
        };
        CellCompositionMemberOrganisations: {
            id: string;
            /** @enum {string} */
            kind: "minors_centre" | "uaped" | "crp" | "prefecture" | "parquet" | "association" | "police" | "gendarmerie" | "labour_inspection" | "ase" | "pjj" | "ofii" | "acse_coordination" | "host" | "clav_cell" | "national_coordinator" | "platform";
            name: string;
        };
        CellCompositionMembers: {
            userId: string;
            displayName: string;
            /** @enum {string} */
            role: "cell_member" | "cell_coordinator";
        };
        CellComposition: {
            id: string;
            name: string;
            territory: string;
            /** @description Organisations sitting in the cell (préfecture, parquet, police, ASE, associations…). */
            memberOrganisations: components["schemas"]["CellCompositionMemberOrganisations"][];
            /** @description The cell's own users: coordinators and members (staff names, never victims). */
            members: components["schemas"]["CellCompositionMembers"][];
        };
        CellsAddMemberAnswer: {
            cellId: string;
            organisationId: string;
            member: boolean;
            changed: boolean;
        };
        CellDashboardCell: {
            id: string;
            name: string;
            territory: string;
        };
        CellDashboardNewPresumedVictimsItems: {
            caseId: string;
            reference: string;
            dueOn: string;
            overdue: boolean;
        };
        CellDashboardNewPresumedVictims: {
            count: number;
            items: components["schemas"]["CellDashboardNewPresumedVictimsItems"][];
        };
        CellDashboardOrientationsAwaitingAnswer: {
            available: boolean;
            total: number;
            byTarget: {
                [key: string]: number;
            };
        };
        OverviewDeadline: {
            deadlineId: string;
            caseId: string;
            reference: string;
            kind: string;
            dueOn: string;
            /** @description Null when it is a shelter the cell is no party of (`maskOrganisation`); the kind is always told. */
            responsibleOrganisationId: string | null;
            responsibleOrganisationKind: string | null;
        };
        DeadlineSection: {
            count: number;
            byKind: {
                [key: string]: number;
            };
            /** @description The soonest, at most 50, live. */
            items: components["schemas"]["OverviewDeadline"][];
        };
        CellDashboardDeadlinesUpcoming: {
            count: number;
            byKind: {
                [key: string]: number;
            };
            /** @description The soonest, at most 50, live. */
            items: components["schemas"]["OverviewDeadline"][];
            until: string;
        };
        CellDashboardDeadlines: {
            overdue: components["schemas"]["DeadlineSection"];
            upcoming: components["schemas"]["CellDashboardDeadlinesUpcoming"];
        };
        LateDecision: {
            decisionId: string;
            caseId: string;
            reference: string;
            type: string;
            lateActions: number;
            oldestDueOn: string;
        };
        CellDashboardLateActions: {
            decisions: number;
            actions: number;
            items: components["schemas"]["LateDecision"][];
        };
        CellDashboardCounts: {
            activeCases: number;
            byExploitationForm: {
                [key: string]: number;
            };
            byOrientationTarget: {
                [key: string]: number;
            };
        };
        CellDashboard: {
            cell: components["schemas"]["CellDashboardCell"];
            asOf: string;
            countsAsOf: string;
            newPresumedVictims: components["schemas"]["CellDashboardNewPresumedVictims"];
            /** @description `available` false when no orientations context answers: the counts are unknown, not zero. */
            orientationsAwaitingAnswer: components["schemas"]["CellDashboardOrientationsAwaitingAnswer"];
            deadlines: components["schemas"]["CellDashboardDeadlines"];
            lateActions: components["schemas"]["CellDashboardLateActions"];
            counts: components["schemas"]["CellDashboardCounts"];
        };
        ActivityWeek: {
            /** @description First and last day of the week inside the month (Monday to Sunday, cut at the month's edges). */
            from: string;
            to: string;
            situationsReceived: number;
            decisions: number;
            /** @description null when no orientations context answers (unknown, not zero). */
            orientations: number | null;
        };
        CellActivity: {
            month: string;
            asOf: string;
            weeks: components["schemas"]["ActivityWeek"][];
        };
        ScheduleMeetingDto: {
            /**
             * @description Day of the meeting
             * @example 2026-12-03
             */
            date: string;
            /** @description The cell or its member organisations */
            attendeeOrganisationIds?: string[];
        };
        CellsScheduleAnswer: {
            id: string;
            cellId: string;
            date: string;
        };
        MeetingSummary: {
            id: string;
            date: string;
            agendaItems: number;
            decisions: number;
        };
        MeetingSummaryPage: {
            items: components["schemas"]["MeetingSummary"][];
            nextCursor: string | null;
        };
        ActionView: {
            id: string;
            ownerOrganisationId: string;
            title: string;
            dueOn: string;
            status: string;
            version: number;
        };
        DecisionView: {
            id: string;
            meetingId: string;
            caseId: string;
            reference: string;
            type: string;
            text: string;
            supersedesId: string | null;
            /** @description The later decision that replaced this one; null while it stands. */
            supersededById: string | null;
            decidedAt: string;
            decidedByOrganisationId: string;
            actions: components["schemas"]["ActionView"][];
        };
        MeetingViewAttendees: {
            organisationId: string;
            name: string | null;
        };
        MeetingViewAgenda: {
            caseId: string;
            reference: string;
            addedAt: string;
        };
        MeetingView: {
            id: string;
            cellId: string;
            territory: string;
            date: string;
            attendees: components["schemas"]["MeetingViewAttendees"][];
            agenda: components["schemas"]["MeetingViewAgenda"][];
            decisions: components["schemas"]["DecisionView"][];
        };
        AttendeeDto: {
            organisationId: string;
        };
        MeetingsAttendeeAnswer: {
            meetingId: string;
            organisationId: string;
            added: boolean;
        };
        MeetingsRemoveAttendeeAnswer: {
            meetingId: string;
            organisationId: string;
            removed: boolean;
        };
        AgendaSuggestion: {
            caseId: string;
            reference: string;
            /** @description The deadline that brings the case up (`cell_review` for a new presumed victim). */
            kind: string;
            dueOn: string;
        };
        AgendaSuggestions: {
            /** @description Presumed victims the cell has not examined yet, review not overdue. */
            new: components["schemas"]["AgendaSuggestion"][];
            /** @description A deadline within `MNIO_CELL_UPCOMING_DAYS`. */
            dueSoon: components["schemas"]["AgendaSuggestion"][];
            /** @description A deadline past, the cell's own review included. */
            overdue: components["schemas"]["AgendaSuggestion"][];
        };
        AgendaItemDto: {
            caseId?: string;
            /** @example 93-2026-000042 */
            reference?: string;
        };
        MeetingsAgendaAnswer: {
            meetingId: string;
            caseId: string;
            reference: string;
        };
        NewActionDto: {
            /** @description The cell, one of its member organisations, or the case’s owner */
            ownerOrganisationId: string;
            /** @example Saisir le parquet des mineurs */
            title: string;
            /** @example 2026-12-10 */
            dueOn: string;
        };
        DecisionDto: {
            caseId: string;
            /** @enum {string} */
            type: "review_done" | "orientation_to_request" | "referral_parquet" | "referral_prefecture" | "follow_up" | "close";
            /** @description What the cell decided; kept encrypted, never in the minutes */
            text: string;
            /** @description The earlier decision on this case this one replaces */
            supersedesId?: string;
            actions?: components["schemas"]["NewActionDto"][];
        };
        DecisionRecordedActions: {
            id: string;
            ownerOrganisationId: string;
            dueOn: string;
            deadlineId: string | null;
        };
        DecisionRecorded: {
            id: string;
            meetingId: string;
            caseId: string;
            reference: string;
            /** @enum {string} */
            type: "follow_up" | "close" | "review_done" | "orientation_to_request" | "referral_parquet" | "referral_prefecture";
            supersedesId: string | null;
            actions: components["schemas"]["DecisionRecordedActions"][];
            /** @description Pending actions of the superseded decision, cancelled by this one. */
            cancelledActionIds: string[];
        };
        ActionItem: {
            id: string;
            decisionId: string;
            decisionType: string;
            cellId: string;
            caseId: string;
            reference: string;
            ownerOrganisationId: string;
            title: string;
            dueOn: string;
            overdue: boolean;
            /** @enum {string} */
            status: "done" | "open" | "in_progress" | "cancelled";
            version: number;
        };
        ActionItemPage: {
            items: components["schemas"]["ActionItem"][];
            nextCursor: string | null;
        };
        ActionTransitionDto: {
            /** @enum {string} */
            action: "start" | "complete" | "cancel";
            note?: string;
            /** @description The version you read; a stale one answers 409 VERSION_CONFLICT */
            version?: number;
        };
        ActionsTransitionAnswer: {
            id: string;
            /** @enum {string} */
            status: "done" | "open" | "in_progress" | "cancelled";
            version: number;
        };
        ActionsAddActionAnswer: {
            id: string;
            ownerOrganisationId: string;
            dueOn: string;
            deadlineId: string | null;
            decisionId: string;
        };
        TransferDto: {
            toOrganisationId: string;
            /** @enum {string} */
            reasonCode: "acse_placement" | "relocation" | "safety" | "closer_to_services" | "other";
            /** @description Required when the receiving organisation covers several territories */
            toTerritory?: string;
        };
        TransferView: {
            id: string;
            caseId: string;
            reference: string;
            fromOrganisationId: string;
            fromTerritory: string;
            toOrganisationId: string;
            toTerritory: string;
            /** @enum {string} */
            status: "requested" | "accepted" | "refused" | "cancelled";
            reasonCode: string;
            answerReasonCode: string | null;
            requestedAt: string;
            answeredAt: string | null;
            version: number;
        };
        TransferTargetView: {
            id: string;
            name: string;
            kind: string;
        };
        TransferViewPage: {
            items: components["schemas"]["TransferView"][];
            nextCursor: string | null;
        };
        TransferTransitionDto: {
            /** @enum {string} */
            action: "accept" | "refuse" | "cancel";
            /**
             * @description Required to refuse
             * @enum {string}
             */
            reasonCode?: "no_capacity" | "out_of_scope" | "wrong_territory" | "person_not_present" | "other";
        };
        BreakGlassDto: {
            /** @enum {string} */
            reasonCode: "imminent_danger" | "child_in_danger" | "judicial_emergency" | "missing_person" | "other";
            /** @description Why this cannot wait; kept encrypted */
            justification: string;
            /** @description A fresh code from the authenticator app: required when the user has enrolled TOTP (else 403 STEP_UP_REQUIRED) */
            totpCode?: string;
        };
        TransfersBreakGlassAnswer: {
            id: string;
            caseId: string;
            reference: string;
            organisationId: string;
            expiresAt: string;
        };
        BreakGlassByReferenceDto: {
            /** @enum {string} */
            reasonCode: "imminent_danger" | "child_in_danger" | "judicial_emergency" | "missing_person" | "other";
            /** @description Why this cannot wait; kept encrypted */
            justification: string;
            /** @description A fresh code from the authenticator app: required when the user has enrolled TOTP (else 403 STEP_UP_REQUIRED) */
            totpCode?: string;
            /**
             * @description The case reference, as read out by the person who asks for help
             * @example 93-2026-000042
             */
            reference: string;
        };
        CaseReaderView: {
            /**
             * @description `identity_read`: someone displayed the identity; `break_glass`: someone opened the case in an emergency.
             * @enum {string}
             */
            kind: "identity_read" | "break_glass";
            at: string;
            userId: string | null;
            userName: string | null;
            organisationId: string | null;
            organisationName: string | null;
            /** @description The reason code given: an identity read's reason, or the break-the-glass reason. */
            reason: string | null;
            /** @description Break-the-glass: when the access ends. */
            expiresAt: string | null;
        };
        CaseReaderViewPage: {
            items: components["schemas"]["CaseReaderView"][];
            nextCursor: string | null;
        };
        BreakGlassReportByUser: {
            userId: string;
            displayName: string | null;
            organisationId: string;
            uses: number;
            firstAt: string;
            lastAt: string;
        };
        BreakGlassReportByOrganisation: {
            organisationId: string;
            name: string | null;
            kind: string | null;
            uses: number;
            users: number;
            byReason: {
                [key: string]: number;
            };
        };
        BreakGlassReport: {
            from: string;
            to: string;
            total: number;
            byUser: components["schemas"]["BreakGlassReportByUser"][];
            byOrganisation: components["schemas"]["BreakGlassReportByOrganisation"][];
        };
        ReportFiltersDto: {
            year: number;
            from?: string;
            to?: string;
            territory?: string;
            region?: string;
            form?: string;
            minor?: boolean;
        };
        FreshnessDto: {
            lastEventAt: string | null;
            lastAppliedAt: string | null;
            rebuiltAt: string | null;
        };
        FigureDto: {
            /** @description null when suppressed */
            value: number | null;
            suppressed: boolean;
        };
        ReportRowDto: {
            code: string;
            cells: components["schemas"]["FigureDto"][];
            total: components["schemas"]["FigureDto"] | null;
        };
        ReportTotalsDto: {
            cells: components["schemas"]["FigureDto"][];
            total: components["schemas"]["FigureDto"];
        };
        TableLabelsDto: {
            title: string;
            dimension: string;
            columns: string[];
            rows: string[];
        };
        ReportTableDto: {
            /** @example survey.by_sex */
            key: string;
            /** @example sex */
            rowDimension: string;
            columns: string[];
            additive: boolean;
            rows: components["schemas"]["ReportRowDto"][];
            totals: components["schemas"]["ReportTotalsDto"] | null;
            labels?: components["schemas"]["TableLabelsDto"];
        };
        PeriodDto: {
            /** @example 2026-01-01 */
            from: string;
            /** @example 2026-12-31 */
            to: string;
        };
        PreviousDto: {
            period: components["schemas"]["PeriodDto"];
            /** @description The same tables over the previous period of the same length */
            tables: components["schemas"]["ReportTableDto"][];
        };
        ReportDto: {
            /** @enum {string} */
            report: "survey" | "eu" | "activity" | "capacity";
            /** @enum {string} */
            scope: "national" | "territory" | "organisation";
            filters: components["schemas"]["ReportFiltersDto"];
            /** @description Suppression threshold applied (0: none) */
            threshold: number;
            publication: boolean;
            freshness: components["schemas"]["FreshnessDto"];
            contributingOrganisations: number | null;
            tables: components["schemas"]["ReportTableDto"][];
            /** @description The period counted (activity, capacity); null for a calendar-year report */
            period: components["schemas"]["PeriodDto"] | null;
            previous: components["schemas"]["PreviousDto"] | null;
        };
        DiversityDto: {
            l: number;
            fields: {
                [key: string]: components["schemas"]["DiversityFieldDto"];
            };
        };
        InformationLossDto: {
            k: number;
            /** @description Cases in the period */
            records: number;
            released: number;
            /** @description Records in equivalence classes still smaller than k after generalisation */
            suppressed: number;
            /** @description Generalisation level per quasi-identifier (0: as held) */
            levels: {
                [key: string]: number;
            };
            generalisedFields: string[];
            equivalenceClasses: number;
            smallestClass: number | null;
            diversity: components["schemas"]["DiversityDto"] | null;
        };
        HtcdsMetadataDto: {
            standard: string;
            fromYear: number;
            toYear: number;
            /** @description Month of the export (YYYY-MM) */
            generatedAt: string;
            /** @description Month of the last event applied (YYYY-MM) */
            lastEventAt: string | null;
            quasiIdentifiers: string[];
            fields: string[];
            loss: components["schemas"]["InformationLossDto"];
        };
        HtcdsRecordDto: {
            ext_RecordId: string;
            prs_Gender: string;
            ext_AgeGroup: string;
            ext_CitizenshipRegion: string;
            vic_TypeOfExploitation: string;
            ext_Year: string;
            ext_Region: string;
            vic_TraffickingStatus: string;
            vic_TraffickingStatusDecisionMakingOrg: string;
            cas_Status: string;
        };
        HtcdsExportDto: {
            metadata: components["schemas"]["HtcdsMetadataDto"];
            records: components["schemas"]["HtcdsRecordDto"][];
        };
        DiversityFieldDto: {
            l: number;
            /** @description The fewest distinct values in a released class */
            leastDistinct: number | null;
        };
        CampaignSummaryDto: {
            id: string;
            year: number;
            /** @enum {string} */
            status: "open" | "closed";
            openedAt: string;
            closedAt: string | null;
            answered: number;
            total: number;
        };
        OpenCampaignDto: {
            /**
             * @description The calendar year the survey counts (one campaign per year)
             * @example 2026
             */
            year: number;
        };
        QuestionnaireSummaryDto: {
            id: string;
            organisationId: string;
            organisationName: string;
            organisationKind: string;
            /** @enum {string} */
            status: "draft" | "submitted";
            submittedAt: string | null;
            /** @description Display name of the signer */
            submittedByName: string | null;
        };
        CampaignDto: {
            id: string;
            year: number;
            /** @enum {string} */
            status: "open" | "closed";
            openedAt: string;
            closedAt: string | null;
            version: number;
            questionnaires: components["schemas"]["QuestionnaireSummaryDto"][];
            answered: number;
            total: number;
        };
        VersionDto: {
            /** @description The version read; another writer in between answers 409 VERSION_CONFLICT */
            version: number;
        };
        CampaignResultsDto: {
            year: number;
            /** @enum {string} */
            status: "open" | "closed";
            threshold: number;
            publication: boolean;
            freshness: components["schemas"]["FreshnessDto"];
            answered: number;
            total: number;
            /** @description Files, persons counted once, persons followed by several organisations, met outside mnio, total */
            once: components["schemas"]["ReportTableDto"];
            tables: components["schemas"]["ReportTableDto"][];
        };
        MyQuestionnaireDto: {
            id: string;
            year: number;
            /** @enum {string} */
            campaignStatus: "open" | "closed";
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            status: "draft" | "submitted";
            submittedAt: string | null;
        };
        CorrectionViewDto: {
            dim: string;
            code: string;
            col: string;
            count: number;
            /** @enum {string} */
            reason: "no_consent" | "anonymous" | "before_mnio" | "outreach" | "other_tool";
        };
        QuestionnaireDto: {
            id: string;
            campaignId: string;
            year: number;
            /** @enum {string} */
            campaignStatus: "open" | "closed";
            organisationId: string;
            organisationName: string;
            /** @enum {string} */
            status: "draft" | "submitted";
            version: number;
            /** @description The survey’s tables from the organisation’s own cases, not suppressed */
            tables: components["schemas"]["ReportTableDto"][];
            corrections: components["schemas"]["CorrectionViewDto"][];
            submittedAt: string | null;
            submittedByName: string | null;
            freshness: components["schemas"]["FreshnessDto"];
        };
        CorrectionDto: {
            /**
             * @description The line’s dimension (summary, form, sex, age_band, minor, nationality, world_region, place, complaint)
             * @example summary
             */
            dim: string;
            /** @example spotted */
            code: string;
            /** @example count */
            col: string;
            /**
             * @description Persons met outside mnio on this line
             * @example 3
             */
            count: number;
            /**
             * @description Why they are not in mnio: a code, never free text
             * @enum {string}
             */
            reason: "no_consent" | "anonymous" | "before_mnio" | "outreach" | "other_tool";
        };
        CorrectionsDto: {
            /** @description The version read; another writer in between answers 409 VERSION_CONFLICT */
            version: number;
            corrections: components["schemas"]["CorrectionDto"][];
        };
        ProconnectStatusAnswer: {
            enabled: boolean;
        };
        ProconnectStartAnswer: {
            attempt: string;
            authorizationUrl: string;
        };
        ProConnectCallbackDto: {
            /** @description The attempt id answered by /api/auth/proconnect/start, kept by the page that started it */
            attempt: string;
            /** @description The search part of the address ProConnect sent the browser back to (code, state, iss) */
            query: string;
        };
        ProconnectEndSessionAnswer: {
            endSessionUrl: string | null;
        };
        AccessRequestView: {
            id: string;
            organisationId: string;
            organisationName: string;
            email: string;
            displayName: string;
            /** @enum {string} */
            status: "accepted" | "refused" | "pending";
            role: string | null;
            createdAt: string;
            decidedAt: string | null;
        };
        AccessDecisionDto: {
            /** @enum {string} */
            decision: "accept" | "refuse";
            /**
             * @description The role to give (accept only)
             * @enum {string}
             */
            role?: "case_worker" | "coordinator" | "investigator" | "teh_referent" | "cell_member" | "cell_coordinator" | "host_operator" | "national_analyst" | "platform_admin" | "dpo";
            territories?: string[];
        };
        ProconnectDecideAnswer: {
            id: string;
            /** @enum {string} */
            status: "accepted" | "refused";
            userId: string | null;
            membershipId: string | null;
        };
        OrganisationSignInDto: {
            /** @description The SIRET (14 digits, valid checksum); null removes it */
            siret?: string | null;
            /** @description false: its members sign in with ProConnect only */
            passwordSignIn?: boolean;
        };
        ProconnectUpdateAnswer: {
            id: string;
            siret: string | null;
            passwordSignIn: boolean;
        };
        KeyStateDto: {
            keyId: string;
            /** @enum {string} */
            status: "current" | "previous" | "draining" | "retired";
            /** @description Whether this server holds the key */
            held: boolean;
            /** @description Stored values (field) or digests (blind index) under this key */
            values: number | null;
            /** Format: date-time */
            tokensValidUntil: string | null;
            /** Format: date-time */
            addedAt: string | null;
        };
        RotationProgressDto: {
            /** Format: uuid */
            id: string;
            keyId: string;
            /** @enum {string} */
            status: "running" | "done";
            /** @enum {string} */
            phase: "reencrypt" | "add" | "settle" | "add_again" | "delete" | "switched";
            processed: number;
            skipped: number;
            total: number;
            ratePerSecond: number;
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            finishedAt: string | null;
        };
        KeyRingStatusDto: {
            /** @enum {string} */
            kind: "field" | "blind_index" | "jwt";
            current: string;
            keys: components["schemas"]["KeyStateDto"][];
            rotation: components["schemas"]["RotationProgressDto"] | null;
        };
        StartKeyRotationDto: {
            /**
             * @description field: field encryption; blind_index: duplicate detection; jwt: access tokens
             * @enum {string}
             */
            kind: "field" | "blind_index" | "jwt";
            /**
             * @description The new key id, already in the key ring of every process
             * @example k2
             */
            keyId: string;
            /** @description Values re-encrypted per second at most (default 2000) */
            ratePerSecond?: number;
        };
        RetiredKeyDto: {
            /** @enum {string} */
            kind: "field" | "blind_index" | "jwt";
            keyId: string;
            /** @enum {string} */
            status: "retired";
        };
        AccessJournalEntryDto: {
            id: string;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            kind: "identity_read" | "break_glass" | "export";
            /** @description The audit journal’s action */
            action: string;
            userId: string | null;
            userName: string | null;
            /** @description The reader’s organisation (the one whose rules allowed the act) */
            organisationId: string | null;
            organisationName: string | null;
            caseId: string | null;
            /** @description The case’s reference: never the person’s identity */
            caseReference: string | null;
            caseOwnerOrganisationId: string | null;
            caseOwnerOrganisationName: string | null;
            /** @description Reason code given (identity reads, break-the-glass) */
            reason: string | null;
            /** @description Exports: report and format codes; break-the-glass: end of the access */
            detail: string | null;
        };
        AccessJournalResponseDto: {
            items: components["schemas"]["AccessJournalEntryDto"][];
            nextCursor: string | null;
        };
        RetentionRuleDto: {
            /** @enum {string} */
            kind: "case_closed" | "case_closed_referred" | "notifications" | "auth_sessions" | "login_throttle" | "notification_deliveries" | "break_glass_uses" | "case_rectifications";
            /** @example 2 */
            amount: number;
            /** @enum {string} */
            unit: "days" | "years";
            updatedAt: string;
        };
        RetentionPeriodDto: {
            /**
             * @description Between 30 days and 30 years
             * @example 2
             */
            amount: number;
            /** @enum {string} */
            unit: "days" | "years";
        };
        RetentionRunSummaryDto: {
            id: string;
            dryRun: boolean;
            /** @enum {string} */
            trigger: "schedule" | "manual";
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            requestedAt: string;
            startedAt: string | null;
            finishedAt: string | null;
            /** @description Cases erased (or, in a dry run, to erase) */
            erasedCount: number;
            /** @description Cases kept by a legal hold */
            heldCount: number;
            /** @description Rows of the row rules purged (or, in a dry run, to purge) */
            purgedCount: number;
        };
        RequestRetentionRunDto: {
            /** @description A dry run reports what would be erased and erases nothing */
            dryRun: boolean;
        };
        RetentionRunRuleDto: {
            kind: string;
            amount: number;
            unit: string;
            /** @description Data older than this falls under the rule */
            cutoff: string;
        };
        RetentionProgressDto: {
            rule?: string;
            scanned?: number;
            erased?: number;
            held?: number;
            /** @description Rows purged so far by the row rule under way */
            purged?: number;
        };
        ErasedLineDto: {
            organisationId: string;
            organisationName: string;
            rule: string;
            count: number;
        };
        HeldLineDto: {
            organisationId: string;
            organisationName: string;
            rule: string;
            count: number;
            /** @enum {string} */
            hold: "criminal_proceedings" | "minor_protection";
            /** @description The held cases’ references (at most 50 per line) */
            references: string[];
        };
        PurgedLineDto: {
            /** @enum {string} */
            rule: "case_closed" | "case_closed_referred" | "notifications" | "auth_sessions" | "login_throttle" | "notification_deliveries" | "break_glass_uses" | "case_rectifications";
            /** @description Rows deleted (or emptied) under the rule, or, in a dry run, that would be */
            count: number;
        };
        RetentionReportDto: {
            id: string;
            dryRun: boolean;
            /** @enum {string} */
            trigger: "schedule" | "manual";
            /** @enum {string} */
            status: "queued" | "running" | "done" | "failed";
            requestedAt: string;
            startedAt: string | null;
            finishedAt: string | null;
            /** @description Cases erased (or, in a dry run, to erase) */
            erasedCount: number;
            /** @description Cases kept by a legal hold */
            heldCount: number;
            /** @description Rows of the row rules purged (or, in a dry run, to purge) */
            purgedCount: number;
            rules: components["schemas"]["RetentionRunRuleDto"][];
            progress: components["schemas"]["RetentionProgressDto"];
            erased: components["schemas"]["ErasedLineDto"][];
            held: components["schemas"]["HeldLineDto"][];
            /** @description The row rules (inbox items, sessions, login throttling, delivery logs, break-glass records, rectified values): counts per rule */
            purged: components["schemas"]["PurgedLineDto"][];
        };
        EraseCaseDto: {
            /** @example 93-2026-000042 */
            reference: string;
            /**
             * @description Why the case is erased now: a code, never free text
             * @enum {string}
             */
            reason: "person_request" | "consent_withdrawn" | "objection" | "unlawful_processing" | "legal_obligation";
            /** @description The version read; another writer in between answers 409 VERSION_CONFLICT */
            version?: number;
        };
        CaseAnonymisedDto: {
            id: string;
            reference: string;
            version: number;
            anonymisedAt: string;
        };
        SubjectAccessRequestDto: {
            /**
             * @description Why the export is made (kept encrypted with the request)
             * @example Demande écrite de la personne reçue le 2 décembre
             */
            reason: string;
        };
        SubjectAccessExportView: {
            id: string;
            caseId: string;
            caseReference: string;
            /** @enum {string} */
            state: "preparing" | "ready" | "downloaded" | "expired" | "failed";
            requestedAt: string;
            readyAt: string | null;
            /** @description Until when the files may be downloaded (24 hours after they were ready). */
            expiresAt: string | null;
            pdfDownloadedAt: string | null;
            jsonDownloadedAt: string | null;
            /** @description Only the requester downloads. */
            requestedByMe: boolean;
        };
        SubjectAccessExportViewList: {
            items: components["schemas"]["SubjectAccessExportView"][];
        };
        SubjectAccessByReferenceDto: {
            /**
             * @description Why the export is made (kept encrypted with the request)
             * @example Demande écrite de la personne reçue le 2 décembre
             */
            reason: string;
            /**
             * @description The case reference (the DPO never opens a case page)
             * @example 93-2026-000042
             */
            reference: string;
        };
        JournalNoteDto: {
            /** Format: uuid */
            id: string;
            /**
             * @description The day the note is about
             * @example 2026-12-03
             */
            occurredOn: string;
            /** @description The text; null once the case is anonymised */
            text: string | null;
            /** @description The author’s organisation (null when a shelter is hidden from the reader) */
            authorOrganisationId: string | null;
            /** @description Whether the reader wrote the note */
            mine: boolean;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: date-time
             * @description When its author last corrected its text
             */
            correctedAt: string | null;
            /** @description Organisations chosen to read it besides the owner; told to the owner’s readers only (null for others) */
            sharedWith: string[] | null;
        };
        ShareableOrganisationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Kind of organisation (directory code) */
            kind: string;
        };
        JournalPageResponseDto: {
            items: components["schemas"]["JournalNoteDto"][];
            nextCursor: string | null;
            /** @description Whether the reader may add a note (the owner’s workers, on a case not anonymised) */
            canWrite: boolean;
            /** @description Organisations a new note may be shared with (writers only; else empty) */
            shareableOrganisations: components["schemas"]["ShareableOrganisationDto"][];
        };
        AddJournalNoteDto: {
            /**
             * @description The day the note is about (YYYY-MM-DD, French calendar); today or before
             * @example 2026-12-03
             */
            occurredOn: string;
            /** @description The note; stored encrypted, never in a log, an event or a notification */
            text: string;
            /** @description Organisations that will read the note besides the owner: each must hold identity access to the case (see shareableOrganisations) */
            visibleTo?: string[];
        };
        JournalNoteCreatedDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
        };
        CorrectJournalNoteDto: {
            /** @description The corrected text; the text it replaces is kept encrypted */
            text: string;
        };
        JournalNoteCorrectedDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            /** Format: date-time */
            correctedAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthLiveAnswer"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example ok */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example error */
                        status?: string;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description One of these answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"] | components["schemas"]["MfaChallenge"] | components["schemas"]["BrowserTokenPair"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `INVALID_CREDENTIALS` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "INVALID_CREDENTIALS";
                    };
                };
            };
            /** @description One of: `PASSWORD_SIGN_IN_DISABLED`, `ORIGIN_NOT_ALLOWED` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PASSWORD_SIGN_IN_DISABLED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description One of: `ACCOUNT_LOCKED`, `TOO_MANY_REQUESTS` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "ACCOUNT_LOCKED" | "TOO_MANY_REQUESTS";
                    };
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required, as `1`, with the refresh cookie */
                "X-MNIO-Refresh"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description The next tokens: in the body for a client that is not a browser, the access token only for a browser (the refresh token in its cookie) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"] | components["schemas"]["BrowserTokenPair"];
                };
            };
            /** @description A browser without a session cookie: no session to resume (no error) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One of: `REFRESH_TOKEN_INVALID`, `REFRESH_TOKEN_REUSED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "REFRESH_TOKEN_INVALID" | "REFRESH_TOKEN_REUSED";
                    };
                };
            };
            /** @description One of: `REFRESH_HEADER_REQUIRED`, `ORIGIN_NOT_ALLOWED` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "REFRESH_HEADER_REQUIRED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    AuthController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaVerifyDto"];
            };
        };
        responses: {
            /** @description One of these answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"] | components["schemas"]["BrowserTokenPair"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `INVALID_MFA_CODE`, `MFA_TOKEN_USED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "INVALID_MFA_CODE" | "MFA_TOKEN_USED";
                    };
                };
            };
            /** @description One of: `ACCOUNT_LOCKED` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "ACCOUNT_LOCKED";
                    };
                };
            };
        };
    };
    AuthController_enrolAtLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaTokenDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthEnrolAtLoginAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `INVALID_MFA_CODE`, `MFA_TOKEN_USED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "INVALID_MFA_CODE" | "MFA_TOKEN_USED";
                    };
                };
            };
            /** @description One of: `MFA_ALREADY_ENABLED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "MFA_ALREADY_ENABLED";
                    };
                };
            };
        };
    };
    AuthController_confirmAtLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaVerifyDto"];
            };
        };
        responses: {
            /** @description One of these answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"] | components["schemas"]["BrowserTokenPair"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `INVALID_MFA_CODE`, `MFA_TOKEN_USED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "INVALID_MFA_CODE" | "MFA_TOKEN_USED";
                    };
                };
            };
            /** @description One of: `MFA_NOT_ENROLLED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "MFA_NOT_ENROLLED";
                    };
                };
            };
        };
    };
    AuthController_completeEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteEnrolmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthCompleteEnrolmentAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `ENROLMENT_LINK_INVALID` */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "ENROLMENT_LINK_INVALID";
                    };
                };
            };
            /** @description One of: `WEAK_PASSWORD` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "WEAK_PASSWORD";
                    };
                };
            };
        };
    };
    AuthController_enrol: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthEnrolAnswer"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `MFA_ALREADY_ENABLED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "MFA_ALREADY_ENABLED";
                    };
                };
            };
        };
    };
    AuthController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpCodeDto"];
            };
        };
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED`, `INVALID_MFA_CODE` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED" | "INVALID_MFA_CODE";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `MFA_NOT_ENROLLED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "MFA_NOT_ENROLLED";
                    };
                };
            };
        };
    };
    DirectoryController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    DirectoryController_organisations: {
        parameters: {
            query?: {
                kind?: "association" | "prefecture" | "parquet" | "police" | "gendarmerie" | "labour_inspection" | "ase" | "pjj" | "ofii" | "acse_coordination" | "host" | "minors_centre" | "uaped" | "crp" | "clav_cell" | "national_coordinator" | "platform";
                territory?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationSummary"][];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    DirectoryController_territories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Territory"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    MembershipRequestsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipRequestView"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    MembershipRequestsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipRequestsDecideAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN`, `MEMBERSHIP_SELF_GRANT` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN" | "MEMBERSHIP_SELF_GRANT";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `MEMBERSHIP_REQUEST_DECIDED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "MEMBERSHIP_REQUEST_DECIDED";
                    };
                };
            };
        };
    };
    AdminController_users: {
        parameters: {
            query?: {
                organisationId?: string;
                /** @description The nextCursor of the previous page, passed back as given (opaque). */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserAdminViewPage"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `INVALID_CURSOR` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    AdminController_createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedUser"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `EMAIL_TAKEN` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "EMAIL_TAKEN";
                    };
                };
            };
            /** @description One of: `UNKNOWN_TERRITORY`, `TERRITORY_OUTSIDE_ORGANISATION`, `ROLE_NOT_ALLOWED_FOR_KIND` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNKNOWN_TERRITORY" | "TERRITORY_OUTSIDE_ORGANISATION" | "ROLE_NOT_ALLOWED_FOR_KIND";
                    };
                };
            };
        };
    };
    AdminController_setStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSetStatusAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    AdminController_addMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipOutcome"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `MEMBERSHIP_EXISTS`, `MEMBERSHIP_REQUEST_PENDING` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "MEMBERSHIP_EXISTS" | "MEMBERSHIP_REQUEST_PENDING";
                    };
                };
            };
            /** @description One of: `UNKNOWN_TERRITORY`, `TERRITORY_OUTSIDE_ORGANISATION`, `ROLE_NOT_ALLOWED_FOR_KIND` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNKNOWN_TERRITORY" | "TERRITORY_OUTSIDE_ORGANISATION" | "ROLE_NOT_ALLOWED_FOR_KIND";
                    };
                };
            };
        };
    };
    AdminController_setMembership: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                membershipId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipActiveDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminSetMembershipAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `UNKNOWN_TERRITORY`, `TERRITORY_OUTSIDE_ORGANISATION` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNKNOWN_TERRITORY" | "TERRITORY_OUTSIDE_ORGANISATION";
                    };
                };
            };
        };
    };
    AdminController_organisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminOrganisation"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    AdminController_createOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminCreateOrganisationAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `CELL_ALREADY_EXISTS` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "CELL_ALREADY_EXISTS";
                    };
                };
            };
            /** @description One of: `UNKNOWN_TERRITORY`, `INVALID_SIRET` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNKNOWN_TERRITORY" | "INVALID_SIRET";
                    };
                };
            };
        };
    };
    AdminController_updateOrganisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUpdateOrganisationAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN`, `ORGANISATION_SELF_DEACTIVATION` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN" | "ORGANISATION_SELF_DEACTIVATION";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT`, `CELL_ALREADY_EXISTS` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT" | "CELL_ALREADY_EXISTS";
                    };
                };
            };
            /** @description One of: `UNKNOWN_TERRITORY`, `UNPROCESSABLE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNKNOWN_TERRITORY" | "UNPROCESSABLE";
                    };
                };
            };
        };
    };
    CasesController_list: {
        parameters: {
            query?: {
                territory?: string;
                identificationStatus?: string;
                residenceStatus?: string;
                childProtectionStatus?: string;
                criminalStatus?: string;
                caseStatus?: string;
                exploitationForm?: "sexual_exploitation" | "labour_exploitation" | "domestic_servitude" | "forced_begging" | "forced_criminality" | "organ_removal" | "forced_marriage" | "illegal_adoption" | "surrogacy_exploitation" | "other";
                minor?: boolean;
                hasOpenDeadline?: boolean;
                /** @description Recorded on or after this day (from midnight in Paris) */
                createdFrom?: string;
                /** @description Recorded before this day (until midnight in Paris, exclusive) */
                createdTo?: string;
                ownerOrganisationId?: string;
                reference?: string;
                /** @description « Mes situations »: the cases a worker of your own organisation is assigned to: `me`, or a colleague's user id */
                assignedTo?: string;
                /** @description The nextCursor of the previous page, passed back as given (opaque). */
                cursor?: string;
                limit?: number;
            };
            header?: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummaryPage"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `INVALID_CURSOR` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    CasesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCreated"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN`, `TERRITORY_NOT_COVERED` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN" | "TERRITORY_NOT_COVERED";
                    };
                };
            };
            /** @description One of: `BIRTH_DATE_IN_FUTURE`, `BIRTH_DATE_AND_AGE`, `EVENT_TERRITORY_REQUIRED`, `EVENT_PERIOD_INVALID`, `INVALID_PHONE_NUMBER`, `CONSENT_TARGET_REQUIRED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "BIRTH_DATE_IN_FUTURE" | "BIRTH_DATE_AND_AGE" | "EVENT_TERRITORY_REQUIRED" | "EVENT_PERIOD_INVALID" | "INVALID_PHONE_NUMBER" | "CONSENT_TARGET_REQUIRED";
                    };
                };
            };
        };
    };
    CasesController_searchByName: {
        parameters: {
            query?: never;
            header?: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NameSearchDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseSummaryList"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN`, `IDENTITY_NOT_SHARED` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN" | "IDENTITY_NOT_SHARED";
                    };
                };
            };
        };
    };
    CasesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseView"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    CasesController_rectify: {
        parameters: {
            query?: never;
            header: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RectifyCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasesRectifyAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT`, `CASE_ANONYMISED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT" | "CASE_ANONYMISED";
                    };
                };
            };
            /** @description One of: `NOTHING_TO_RECTIFY`, `RECTIFICATION_CHANGES_MINORITY`, `BIRTH_DATE_IN_FUTURE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOTHING_TO_RECTIFY" | "RECTIFICATION_CHANGES_MINORITY" | "BIRTH_DATE_IN_FUTURE";
                    };
                };
            };
            /** @description One of: `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
        };
    };
    CasesController_rectifications: {
        parameters: {
            query?: never;
            header?: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseRectificationView"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    CasesController_identity: {
        parameters: {
            query?: {
                reason?: "follow_up" | "orientation" | "protection" | "legal_procedure" | "emergency" | "other";
            };
            header?: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseIdentityView"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN`, `IDENTITY_NOT_SHARED` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN" | "IDENTITY_NOT_SHARED";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `CASE_ANONYMISED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "CASE_ANONYMISED";
                    };
                };
            };
        };
    };
    CasesController_history: {
        parameters: {
            query?: never;
            header?: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseHistoryEntry"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    CasesController_identification: {
        parameters: {
            query?: never;
            header: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentificationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasesIdentificationAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN`, `TRANSITION_NOT_ALLOWED_FOR_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN" | "TRANSITION_NOT_ALLOWED_FOR_ROLE";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT`, `ILLEGAL_TRANSITION`, `CASE_ANONYMISED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT" | "ILLEGAL_TRANSITION" | "CASE_ANONYMISED";
                    };
                };
            };
            /** @description One of: `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
        };
    };
    CasesController_indicator: {
        parameters: {
            query?: never;
            header: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IndicatorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasesIndicatorAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT`, `CASE_ANONYMISED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT" | "CASE_ANONYMISED";
                    };
                };
            };
            /** @description One of: `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
        };
    };
    CasesController_residence: {
        parameters: {
            query?: never;
            header: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrackEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasesResidenceAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN`, `TRANSITION_NOT_ALLOWED_FOR_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN" | "TRANSITION_NOT_ALLOWED_FOR_ROLE";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT`, `ILLEGAL_TRANSITION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT" | "ILLEGAL_TRANSITION";
                    };
                };
            };
            /** @description One of: `UNKNOWN_MOVE`, `RESIDENCE_TRACK_NOT_APPLICABLE`, `EVENT_FIELD_REQUIRED`, `EVENT_FIELD_NOT_ALLOWED`, `EVENT_FIELD_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNKNOWN_MOVE" | "RESIDENCE_TRACK_NOT_APPLICABLE" | "EVENT_FIELD_REQUIRED" | "EVENT_FIELD_NOT_ALLOWED" | "EVENT_FIELD_INVALID";
                    };
                };
            };
            /** @description One of: `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
        };
    };
    CasesController_childProtection: {
        parameters: {
            query?: never;
            header: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrackEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasesResidenceAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN`, `TRANSITION_NOT_ALLOWED_FOR_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN" | "TRANSITION_NOT_ALLOWED_FOR_ROLE";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT`, `ILLEGAL_TRANSITION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT" | "ILLEGAL_TRANSITION";
                    };
                };
            };
            /** @description One of: `UNKNOWN_MOVE`, `CHILD_PROTECTION_NOT_APPLICABLE`, `EVENT_FIELD_REQUIRED`, `EVENT_FIELD_NOT_ALLOWED`, `EVENT_FIELD_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNKNOWN_MOVE" | "CHILD_PROTECTION_NOT_APPLICABLE" | "EVENT_FIELD_REQUIRED" | "EVENT_FIELD_NOT_ALLOWED" | "EVENT_FIELD_INVALID";
                    };
                };
            };
            /** @description One of: `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
        };
    };
    CasesController_criminal: {
        parameters: {
            query?: never;
            header: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrackEventDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasesResidenceAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN`, `TRANSITION_NOT_ALLOWED_FOR_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN" | "TRANSITION_NOT_ALLOWED_FOR_ROLE";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT`, `ILLEGAL_TRANSITION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT" | "ILLEGAL_TRANSITION";
                    };
                };
            };
            /** @description One of: `UNKNOWN_MOVE`, `CONVICTION_REQUIRED`, `EVENT_FIELD_REQUIRED`, `EVENT_FIELD_NOT_ALLOWED`, `EVENT_FIELD_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNKNOWN_MOVE" | "CONVICTION_REQUIRED" | "EVENT_FIELD_REQUIRED" | "EVENT_FIELD_NOT_ALLOWED" | "EVENT_FIELD_INVALID";
                    };
                };
            };
            /** @description One of: `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
        };
    };
    CasesController_close: {
        parameters: {
            query?: never;
            header: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasesCloseAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT`, `ILLEGAL_TRANSITION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT" | "ILLEGAL_TRANSITION";
                    };
                };
            };
            /** @description One of: `CLOSURE_REASON_INVALID`, `CLOSURE_REASON_REQUIRED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "CLOSURE_REASON_INVALID" | "CLOSURE_REASON_REQUIRED";
                    };
                };
            };
            /** @description One of: `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
        };
    };
    CasesController_reopen: {
        parameters: {
            query?: never;
            header: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasesCloseAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT`, `ILLEGAL_TRANSITION`, `CASE_ANONYMISED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT" | "ILLEGAL_TRANSITION" | "CASE_ANONYMISED";
                    };
                };
            };
            /** @description One of: `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
        };
    };
    CasesController_status: {
        parameters: {
            query?: never;
            header: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaseStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasesCloseAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN`, `TRANSITION_NOT_ALLOWED_FOR_ROLE` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN" | "TRANSITION_NOT_ALLOWED_FOR_ROLE";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT`, `ILLEGAL_TRANSITION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT" | "ILLEGAL_TRANSITION";
                    };
                };
            };
            /** @description One of: `UNKNOWN_MOVE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNKNOWN_MOVE";
                    };
                };
            };
            /** @description One of: `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
        };
    };
    CasesController_consent: {
        parameters: {
            query?: never;
            header: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasesConsentAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT";
                    };
                };
            };
            /** @description One of: `CONSENT_TARGET_REQUIRED`, `CONSENT_NOT_APPLICABLE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "CONSENT_TARGET_REQUIRED" | "CONSENT_NOT_APPLICABLE";
                    };
                };
            };
            /** @description One of: `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
        };
    };
    CasesController_unaccompaniedMinor: {
        parameters: {
            query?: never;
            header: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnaccompaniedMinorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasesUnaccompaniedMinorAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT";
                    };
                };
            };
            /** @description One of: `CASE_NOT_MINOR` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "CASE_NOT_MINOR";
                    };
                };
            };
            /** @description One of: `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
        };
    };
    ReferralsController_ofCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseReferrals"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    CasesController_refer: {
        parameters: {
            query?: never;
            header: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
                "if-match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasesReferAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT`, `ALREADY_REFERRED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT" | "ALREADY_REFERRED";
                    };
                };
            };
            /** @description One of: `SHARE_TARGET_NOT_ALLOWED`, `POLICE_CONTACT_CONSENT_REQUIRED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "SHARE_TARGET_NOT_ALLOWED" | "POLICE_CONTACT_CONSENT_REQUIRED";
                    };
                };
            };
            /** @description One of: `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
        };
    };
    CasesController_checkDuplicates: {
        parameters: {
            query?: never;
            header?: {
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateCheck"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `CASE_ANONYMISED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "CASE_ANONYMISED";
                    };
                };
            };
            /** @description One of: `DUPLICATE_CHECKS_LIMITED` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "DUPLICATE_CHECKS_LIMITED";
                    };
                };
            };
        };
    };
    CaseLinksController_links: {
        parameters: {
            query?: {
                status?: "requested" | "accepted" | "refused";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateLinkView"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    CaseLinksController_matches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateMatchView"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    CaseLinksController_requestLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseLinksRequestLinkAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `DUPLICATE_LINK_EXISTS` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "DUPLICATE_LINK_EXISTS";
                    };
                };
            };
        };
    };
    CaseLinksController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseLinksAcceptAnswer"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `DUPLICATE_LINK_ALREADY_ANSWERED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "DUPLICATE_LINK_ALREADY_ANSWERED";
                    };
                };
            };
        };
    };
    CaseLinksController_refuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerLinkDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseLinksAcceptAnswer"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `DUPLICATE_LINK_ALREADY_ANSWERED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "DUPLICATE_LINK_ALREADY_ANSWERED";
                    };
                };
            };
        };
    };
    CaseLinksController_deadlines: {
        parameters: {
            query?: {
                dueBefore?: string;
                kind?: string;
                responsibleOrganisationId?: string;
                /** @description mine: only the deadlines your own organisations answer for */
                responsible?: "mine";
                /** @description The nextCursor of the previous page, passed back as given (opaque). */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineViewPage"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `INVALID_CURSOR` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    CaseLinksController_rules: {
        parameters: {
            query: {
                territory: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoryRule"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    CaseLinksController_setRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory: string;
                kind: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeadlineRuleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoryRule"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `UNKNOWN_TERRITORY` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNKNOWN_TERRITORY";
                    };
                };
            };
        };
    };
    ReferralsController_received: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page, passed back as given (opaque). */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferredCasePage"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `INVALID_CURSOR` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    MinorProtectionController_checklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinorProtectionView"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    MinorProtectionController_minorsInCare: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinorInCareList"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    AttachmentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAttachmentDto"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    AttachmentsController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["AddAttachmentBodyDoc"];
            };
        };
        responses: {
            /** @description Attached */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentAddedDto"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `CASE_ANONYMISED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "CASE_ANONYMISED";
                    };
                };
            };
            /** @description One of: `ATTACHMENT_TOO_LARGE` */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "ATTACHMENT_TOO_LARGE";
                    };
                };
            };
            /** @description One of: `ATTACHMENT_TYPE_NOT_ALLOWED`, `ATTACHMENT_EMPTY`, `ATTACHMENT_FILE_REQUIRED`, `ATTACHMENT_NAME_INVALID`, `ATTACHMENT_DATE_IN_FUTURE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "ATTACHMENT_TYPE_NOT_ALLOWED" | "ATTACHMENT_EMPTY" | "ATTACHMENT_FILE_REQUIRED" | "ATTACHMENT_NAME_INVALID" | "ATTACHMENT_DATE_IN_FUTURE";
                    };
                };
            };
        };
    };
    AttachmentsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (application/pdf, image/jpeg, image/png) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    CaseAssignmentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAssignmentsDto"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    CaseAssignmentsController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignedDto"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `ALREADY_ASSIGNED`, `CASE_ANONYMISED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "ALREADY_ASSIGNED" | "CASE_ANONYMISED";
                    };
                };
            };
            /** @description One of: `ASSIGNEE_NOT_ELIGIBLE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "ASSIGNEE_NOT_ELIGIBLE";
                    };
                };
            };
        };
    };
    CaseAssignmentsController_unassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                assigneeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnassignedDto"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND`, `NOT_ASSIGNED` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND" | "NOT_ASSIGNED";
                    };
                };
            };
            /** @description One of: `CASE_ANONYMISED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "CASE_ANONYMISED";
                    };
                };
            };
        };
    };
    ColleaguesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ColleagueDto"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page, passed back as given (opaque). */
                cursor?: string;
                limit?: number;
                /** @description Only unread notifications */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `INVALID_CURSOR` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    NotificationsController_unreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsUnreadCountAnswer"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    NotificationsController_readAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsReadAllAnswer"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    NotificationsController_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    NotificationsController_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EffectivePreferenceList"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    NotificationsController_setPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreferencesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EffectivePreferenceListAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOTIFICATION_CHANNEL_LOCKED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOTIFICATION_CHANNEL_LOCKED";
                    };
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: {
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    WebhooksController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhooksCreateAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `WEBHOOK_URL_NOT_ALLOWED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "WEBHOOK_URL_NOT_ALLOWED";
                    };
                };
            };
        };
    };
    WebhooksController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `WEBHOOK_URL_NOT_ALLOWED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "WEBHOOK_URL_NOT_ALLOWED";
                    };
                };
            };
        };
    };
    NotificationsAdminController_queues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueStats"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    NotificationsAdminController_deadLetters: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page, passed back as given (opaque). */
                cursor?: string;
                limit?: number;
                channel?: "email" | "webhook";
                includeReplayed?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterViewPage"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `INVALID_CURSOR` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    NotificationsAdminController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsAdminReplayAnswer"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `DEAD_LETTER_ALREADY_REPLAYED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "DEAD_LETTER_ALREADY_REPLAYED";
                    };
                };
            };
        };
    };
    OrientationsController_ofCase: {
        parameters: {
            query?: {
                state?: string;
                targetKind?: "acse" | "dna" | "minors_centre" | "uaped" | "crp" | "psp" | "prefecture" | "parquet" | "general";
                open?: boolean;
                /** @description The nextCursor of the previous page, passed back as given (opaque). */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrientationPage"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    OrientationsController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestOrientationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrientationsRequestAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `ORIENTATION_ALREADY_OPEN` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "ORIENTATION_ALREADY_OPEN";
                    };
                };
            };
            /** @description One of: `ORIENTATION_TARGET_INVALID`, `TARGET_TERRITORY_MISMATCH`, `CASE_NOT_ACTIVE`, `CHANNEL_INVALID`, `PLACE_KIND_REQUIRED`, `PLACE_KIND_INVALID`, `REASON_CODE_REQUIRED`, `REASON_CODE_INVALID`, `ELIGIBILITY_ADULT_REQUIRED`, `ELIGIBILITY_MINOR_REQUIRED`, `ELIGIBILITY_CONSENT_REQUIRED`, `ELIGIBILITY_LOCAL_DANGER_REQUIRED`, `ELIGIBILITY_DISTANCE`, `ELIGIBILITY_LEGAL_BASIS_REQUIRED`, `ELIGIBILITY_PARQUET_REQUIRED`, `ELIGIBILITY_NON_EU_REQUIRED`, `ELIGIBILITY_PSP_SEXUAL_EXPLOITATION`, `ELIGIBILITY_PSP_APPROVED_ASSOCIATION` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "ORIENTATION_TARGET_INVALID" | "TARGET_TERRITORY_MISMATCH" | "CASE_NOT_ACTIVE" | "CHANNEL_INVALID" | "PLACE_KIND_REQUIRED" | "PLACE_KIND_INVALID" | "REASON_CODE_REQUIRED" | "REASON_CODE_INVALID" | "ELIGIBILITY_ADULT_REQUIRED" | "ELIGIBILITY_MINOR_REQUIRED" | "ELIGIBILITY_CONSENT_REQUIRED" | "ELIGIBILITY_LOCAL_DANGER_REQUIRED" | "ELIGIBILITY_DISTANCE" | "ELIGIBILITY_LEGAL_BASIS_REQUIRED" | "ELIGIBILITY_PARQUET_REQUIRED" | "ELIGIBILITY_NON_EU_REQUIRED" | "ELIGIBILITY_PSP_SEXUAL_EXPLOITATION" | "ELIGIBILITY_PSP_APPROVED_ASSOCIATION";
                    };
                };
            };
        };
    };
    OrientationsController_eligibility: {
        parameters: {
            query: {
                targetKind: "acse" | "dna" | "minors_centre" | "uaped" | "crp" | "psp" | "prefecture" | "parquet" | "general";
                /** @description The organisation to be asked; without it, `eligible` is false and target rules are not judged */
                targetOrganisationId?: string;
                channel?: "siao_115" | "chrs" | "ase_crip" | "asylum" | "lawyer";
                placeKind?: "women" | "men" | "family" | "minors";
                legalBasis?: "opp" | "judgment" | "administrative_reception";
                asylumStatus?: "asylum_seeker" | "refugee";
                parquetOrganisationId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether the request would be accepted now, and why not; nothing is written */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityCheckDto"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    OrientationsController_list: {
        parameters: {
            query?: {
                /** @description Your work queue: orientations addressed to your organisation, or to the host you are */
                inbox?: boolean;
                state?: string;
                targetKind?: "acse" | "dna" | "minors_centre" | "uaped" | "crp" | "psp" | "prefecture" | "parquet" | "general";
                /** @description Territory of the case */
                territory?: string;
                /** @description Only orientations still running */
                open?: boolean;
                /** @description The nextCursor of the previous page, passed back as given (opaque). */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrientationPage"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `INVALID_CURSOR` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    OrientationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrientationWithHistory"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    OrientationsController_transition: {
        parameters: {
            query?: never;
            header: {
                "if-match": string;
                /** @description Version read (ETag); a stale one answers 409 VERSION_CONFLICT */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrientationView"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN`, `ACTION_NOT_ALLOWED_FOR_PARTY` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN" | "ACTION_NOT_ALLOWED_FOR_PARTY";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT`, `ILLEGAL_TRANSITION`, `NO_PLACE_AVAILABLE` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT" | "ILLEGAL_TRANSITION" | "NO_PLACE_AVAILABLE";
                    };
                };
            };
            /** @description One of: `UNKNOWN_MOVE`, `REASON_CODE_REQUIRED`, `REASON_CODE_INVALID`, `HOST_REQUIRED`, `HOST_NOT_IN_NETWORK`, `SCHEDULED_AT_NOT_EXPECTED`, `PSP_MAX_DURATION_REACHED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNKNOWN_MOVE" | "REASON_CODE_REQUIRED" | "REASON_CODE_INVALID" | "HOST_REQUIRED" | "HOST_NOT_IN_NETWORK" | "SCHEDULED_AT_NOT_EXPECTED" | "PSP_MAX_DURATION_REACHED";
                    };
                };
            };
            /** @description One of: `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
        };
    };
    HostsController_list: {
        parameters: {
            query?: {
                placeKind?: "women" | "men" | "family" | "minors";
                /** @description Only hosts with a free place (of placeKind, when given) */
                available?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostSummary"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    HostsController_board: {
        parameters: {
            query?: {
                /** @description The kind of place sought (default: the orientation’s, when one is given) */
                placeKind?: "women" | "men" | "family" | "minors";
                /** @description Only hosts with a département in this region (code) */
                regionCode?: string;
                /** @description An orientation you answer (its target): each host says whether it may be chosen for it, and why not (distancing, no free place) */
                orientationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlaceBoard"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    HostsController_capacity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostCapacity"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    HostsController_setCapacity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HostCapacityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostCapacity"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `CAPACITY_BELOW_USAGE` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "CAPACITY_BELOW_USAGE";
                    };
                };
            };
        };
    };
    HostsController_occupancy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostOccupancy"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    HostsController_location: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostsLocationAnswer"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    HostsController_setLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HostLocationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HostsSetLocationAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    DistancingRulesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistancingRuleView"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    DistancingRulesController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                territory: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DistancingRuleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistancingRulesSetAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `UNKNOWN_TERRITORY`, `UNPROCESSABLE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNKNOWN_TERRITORY" | "UNPROCESSABLE";
                    };
                };
            };
        };
    };
    CellsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CellComposition"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    CellsController_addMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CellsAddMemberAnswer"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `CELL_MEMBER_NOT_ALLOWED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "CELL_MEMBER_NOT_ALLOWED";
                    };
                };
            };
        };
    };
    CellsController_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CellsAddMemberAnswer"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    CellsController_dashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CellDashboard"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    CellsController_activity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CellActivity"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    CellsController_meetings: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page, passed back as given (opaque). */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingSummaryPage"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `INVALID_CURSOR` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    CellsController_schedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScheduleMeetingDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CellsScheduleAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    CellsController_decisions: {
        parameters: {
            query: {
                caseId: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionView"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    MeetingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingView"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    MeetingsController_attendee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttendeeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingsAttendeeAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `ATTENDEE_NOT_CELL_MEMBER` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "ATTENDEE_NOT_CELL_MEMBER";
                    };
                };
            };
        };
    };
    MeetingsController_removeAttendee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingsRemoveAttendeeAnswer"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    MeetingsController_suggestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaSuggestions"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    MeetingsController_agenda: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgendaItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingsAgendaAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `CASE_ALREADY_ON_AGENDA` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "CASE_ALREADY_ON_AGENDA";
                    };
                };
            };
            /** @description One of: `CASE_NOT_VISIBLE_TO_CELL` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "CASE_NOT_VISIBLE_TO_CELL";
                    };
                };
            };
        };
    };
    MeetingsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionRecorded"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `DECISION_ALREADY_SUPERSEDED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "DECISION_ALREADY_SUPERSEDED";
                    };
                };
            };
            /** @description One of: `CASE_NOT_ON_AGENDA`, `ACTION_OWNER_NOT_ALLOWED`, `DUE_DATE_IN_PAST`, `SUPERSEDED_DECISION_MISMATCH` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "CASE_NOT_ON_AGENDA" | "ACTION_OWNER_NOT_ALLOWED" | "DUE_DATE_IN_PAST" | "SUPERSEDED_DECISION_MISMATCH";
                    };
                };
            };
        };
    };
    MeetingsController_minutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (text/html) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    MeetingsController_minutesPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (application/pdf) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    ActionsController_list: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page, passed back as given (opaque). */
                cursor?: string;
                limit?: number;
                /** @description Only actions owned by your organisations */
                mine?: boolean;
                /** @description The same as `mine=true`: the actions your organisations own (their home) */
                owner?: "mine";
                status?: "open" | "in_progress" | "done" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionItemPage"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `INVALID_CURSOR` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    ActionsController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActionTransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionsTransitionAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT`, `ILLEGAL_TRANSITION` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT" | "ILLEGAL_TRANSITION";
                    };
                };
            };
            /** @description One of: `UNKNOWN_MOVE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNKNOWN_MOVE";
                    };
                };
            };
            /** @description One of: `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
        };
    };
    ActionsController_addAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewActionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionsAddActionAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `DECISION_ALREADY_SUPERSEDED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "DECISION_ALREADY_SUPERSEDED";
                    };
                };
            };
            /** @description One of: `ACTION_OWNER_NOT_ALLOWED`, `DUE_DATE_IN_PAST` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "ACTION_OWNER_NOT_ALLOWED" | "DUE_DATE_IN_PAST";
                    };
                };
            };
        };
    };
    TransfersController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferView"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `TRANSFER_ALREADY_PENDING` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "TRANSFER_ALREADY_PENDING";
                    };
                };
            };
            /** @description One of: `TRANSFER_TARGET_NOT_ALLOWED`, `TRANSFER_TERRITORY_REQUIRED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "TRANSFER_TARGET_NOT_ALLOWED" | "TRANSFER_TERRITORY_REQUIRED";
                    };
                };
            };
        };
    };
    TransfersController_targets: {
        parameters: {
            query: {
                /** @description The département the follow-up would move to */
                territory: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferTargetView"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    TransfersController_list: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page, passed back as given (opaque). */
                cursor?: string;
                limit?: number;
                direction?: "incoming" | "outgoing";
                status?: "requested" | "accepted" | "refused" | "cancelled";
                /** @description One case’s transfers */
                caseId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferViewPage"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `INVALID_CURSOR` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    TransfersController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferTransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferView"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT`, `ILLEGAL_TRANSITION`, `TRANSFER_STALE` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT" | "ILLEGAL_TRANSITION" | "TRANSFER_STALE";
                    };
                };
            };
            /** @description One of: `UNKNOWN_MOVE`, `REFUSAL_REASON_REQUIRED` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNKNOWN_MOVE" | "REFUSAL_REASON_REQUIRED";
                    };
                };
            };
            /** @description One of: `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
        };
    };
    TransfersController_breakGlass: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreakGlassDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransfersBreakGlassAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `BREAK_GLASS_NOT_NEEDED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "BREAK_GLASS_NOT_NEEDED";
                    };
                };
            };
            /** @description One of: `BREAK_GLASS_DAILY_LIMIT` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "BREAK_GLASS_DAILY_LIMIT";
                    };
                };
            };
        };
    };
    TransfersController_breakGlassByReference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreakGlassByReferenceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransfersBreakGlassAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `BREAK_GLASS_NOT_NEEDED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "BREAK_GLASS_NOT_NEEDED";
                    };
                };
            };
            /** @description One of: `BREAK_GLASS_DAILY_LIMIT` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "BREAK_GLASS_DAILY_LIMIT";
                    };
                };
            };
        };
    };
    TransfersController_readers: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page, passed back as given (opaque). */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseReaderViewPage"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `INVALID_CURSOR` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    TransfersController_report: {
        parameters: {
            query?: {
                /** @description First day (default: 30 days before `to`) */
                from?: string;
                /** @description Last day (default: today) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakGlassReport"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `REPORT_PERIOD_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "REPORT_PERIOD_INVALID";
                    };
                };
            };
        };
    };
    ReportingController_get: {
        parameters: {
            query?: {
                /** @description national: the analyst; territory: a cell; organisation: an association’s own figures */
                scope?: "national" | "territory" | "organisation";
                /** @description Calendar year (survey, EU); the default period of the activity and capacity tables */
                year?: number;
                /** @description First day of the period (activity, capacity), with `to` */
                from?: string;
                /** @description Last day of the period (inclusive) */
                to?: string;
                /** @description Département (INSEE code) */
                territory?: string;
                /** @description Region (INSEE code) */
                region?: string;
                form?: "sexual_exploitation" | "labour_exploitation" | "domestic_servitude" | "forced_begging" | "forced_criminality" | "organ_removal" | "forced_marriage" | "illegal_adoption" | "surrogacy_exploitation" | "other";
                minor?: boolean;
                /** @description Organisation scope: the association */
                organisationId?: string;
                /** @description A file marked for publication: the public threshold applies */
                publication?: boolean;
            };
            header?: never;
            path: {
                report: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDto"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `REPORT_FILTER_INVALID`, `REPORT_PERIOD_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "REPORT_FILTER_INVALID" | "REPORT_PERIOD_INVALID";
                    };
                };
            };
        };
    };
    ReportingController_export: {
        parameters: {
            query: {
                /** @description national: the analyst; territory: a cell; organisation: an association’s own figures */
                scope?: "national" | "territory" | "organisation";
                /** @description Calendar year (survey, EU); the default period of the activity and capacity tables */
                year?: number;
                /** @description First day of the period (activity, capacity), with `to` */
                from?: string;
                /** @description Last day of the period (inclusive) */
                to?: string;
                /** @description Département (INSEE code) */
                territory?: string;
                /** @description Region (INSEE code) */
                region?: string;
                form?: "sexual_exploitation" | "labour_exploitation" | "domestic_servitude" | "forced_begging" | "forced_criminality" | "organ_removal" | "forced_marriage" | "illegal_adoption" | "surrogacy_exploitation" | "other";
                minor?: boolean;
                /** @description Organisation scope: the association */
                organisationId?: string;
                /** @description A file marked for publication: the public threshold applies */
                publication?: boolean;
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                report: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `REPORT_FILTER_INVALID`, `REPORT_PERIOD_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "REPORT_FILTER_INVALID" | "REPORT_PERIOD_INVALID";
                    };
                };
            };
        };
    };
    HtcdsRecordsController_export: {
        parameters: {
            query: {
                /** @description First calendar year (cases first spotted from this year) */
                fromYear: number;
                /** @description Last calendar year (default: fromYear; at most 10 years) */
                toYear?: number;
                format: "json" | "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description format=json; csv and xlsx are files */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HtcdsExportDto"];
                    "text/csv": components["schemas"]["HtcdsExportDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["HtcdsExportDto"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `SURVEY_YEAR_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "SURVEY_YEAR_INVALID";
                    };
                };
            };
        };
    };
    SurveyCampaignsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignSummaryDto"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    SurveyCampaignsController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCampaignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `SURVEY_CAMPAIGN_EXISTS` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "SURVEY_CAMPAIGN_EXISTS";
                    };
                };
            };
            /** @description One of: `SURVEY_YEAR_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "SURVEY_YEAR_INVALID";
                    };
                };
            };
        };
    };
    SurveyCampaignsController_follow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `SURVEY_YEAR_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "SURVEY_YEAR_INVALID";
                    };
                };
            };
        };
    };
    SurveyCampaignsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDto"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `SURVEY_CAMPAIGN_CLOSED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "SURVEY_CAMPAIGN_CLOSED";
                    };
                };
            };
            /** @description One of: `SURVEY_YEAR_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "SURVEY_YEAR_INVALID";
                    };
                };
            };
        };
    };
    SurveyCampaignsController_results: {
        parameters: {
            query?: {
                /** @description Marked for publication: the public threshold applies */
                publication?: boolean;
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResultsDto"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `SURVEY_YEAR_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "SURVEY_YEAR_INVALID";
                    };
                };
            };
        };
    };
    SurveyCampaignsController_export: {
        parameters: {
            query: {
                /** @description Marked for publication: the public threshold applies */
                publication?: boolean;
                format: "csv" | "xlsx";
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `SURVEY_YEAR_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "SURVEY_YEAR_INVALID";
                    };
                };
            };
        };
    };
    SurveyQuestionnairesController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyQuestionnaireDto"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    SurveyQuestionnairesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireDto"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    SurveyQuestionnairesController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectionsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireDto"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT`, `SURVEY_CAMPAIGN_CLOSED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT" | "SURVEY_CAMPAIGN_CLOSED";
                    };
                };
            };
            /** @description One of: `SURVEY_CORRECTION_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "SURVEY_CORRECTION_INVALID";
                    };
                };
            };
            /** @description One of: `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
        };
    };
    SurveyQuestionnairesController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionnaireDto"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `VERSION_CONFLICT`, `SURVEY_CAMPAIGN_CLOSED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VERSION_CONFLICT" | "SURVEY_CAMPAIGN_CLOSED";
                    };
                };
            };
            /** @description One of: `PRECONDITION_REQUIRED` */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_REQUIRED";
                    };
                };
            };
        };
    };
    ProConnectController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProconnectStatusAnswer"];
                };
            };
        };
    };
    ProConnectController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProconnectStartAnswer"];
                };
            };
            /** @description One of: `ORIGIN_NOT_ALLOWED` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description One of: `PROCONNECT_OFF` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PROCONNECT_OFF";
                    };
                };
            };
        };
    };
    ProConnectController_callback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProConnectCallbackDto"];
            };
        };
        responses: {
            /** @description One of these answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"] | components["schemas"]["MfaChallenge"] | components["schemas"]["BrowserTokenPair"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `PROCONNECT_REFUSED`, `PROCONNECT_ATTEMPT_INVALID` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PROCONNECT_REFUSED" | "PROCONNECT_ATTEMPT_INVALID";
                    };
                };
            };
            /** @description One of: `PROCONNECT_NO_ACCOUNT`, `PROCONNECT_UNKNOWN_ORGANISATION`, `PROCONNECT_ACCOUNT_DISABLED`, `ORIGIN_NOT_ALLOWED` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PROCONNECT_NO_ACCOUNT" | "PROCONNECT_UNKNOWN_ORGANISATION" | "PROCONNECT_ACCOUNT_DISABLED" | "ORIGIN_NOT_ALLOWED";
                    };
                };
            };
            /** @description One of: `PROCONNECT_OFF` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PROCONNECT_OFF";
                    };
                };
            };
        };
    };
    ProConnectController_endSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProconnectEndSessionAnswer"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `PROCONNECT_OFF` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "PROCONNECT_OFF";
                    };
                };
            };
        };
    };
    AccessRequestsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestView"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    AccessRequestsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccessDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProconnectDecideAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `ACCESS_REQUEST_DECIDED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "ACCESS_REQUEST_DECIDED";
                    };
                };
            };
            /** @description One of: `UNKNOWN_TERRITORY`, `ROLE_NOT_ALLOWED_FOR_KIND` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNKNOWN_TERRITORY" | "ROLE_NOT_ALLOWED_FOR_KIND";
                    };
                };
            };
        };
    };
    OrganisationSignInController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganisationSignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProconnectUpdateAnswer"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `INVALID_SIRET` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "INVALID_SIRET";
                    };
                };
            };
        };
    };
    KeysController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyRingStatusDto"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    KeysController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartKeyRotationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotationProgressDto"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `KEY_ALREADY_CURRENT`, `KEY_FINGERPRINT_MISMATCH`, `KEY_ROTATION_RUNNING` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "KEY_ALREADY_CURRENT" | "KEY_FINGERPRINT_MISMATCH" | "KEY_ROTATION_RUNNING";
                    };
                };
            };
            /** @description One of: `KEY_NOT_HELD`, `KEY_KIND_UNKNOWN`, `KEY_RATE_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "KEY_NOT_HELD" | "KEY_KIND_UNKNOWN" | "KEY_RATE_INVALID";
                    };
                };
            };
        };
    };
    KeysController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotationProgressDto"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    KeysController_retire: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetiredKeyDto"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `KEY_UNKNOWN` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "KEY_UNKNOWN";
                    };
                };
            };
            /** @description One of: `KEY_IS_CURRENT`, `KEY_RETIRED`, `KEY_STILL_IN_USE` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "KEY_IS_CURRENT" | "KEY_RETIRED" | "KEY_STILL_IN_USE";
                    };
                };
            };
            /** @description One of: `KEY_KIND_UNKNOWN` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "KEY_KIND_UNKNOWN";
                    };
                };
            };
        };
    };
    AccessJournalController_list: {
        parameters: {
            query?: {
                /** @description Reads by this user only */
                userId?: string;
                /** @description One organisation’s scope: reads by its users and reads of the cases it follows */
                organisationId?: string;
                /** @description First day (French calendar), inclusive */
                from?: string;
                /** @description Last day (French calendar), inclusive */
                to?: string;
                /** @description Kinds of entries, comma-separated (default: all) */
                kinds?: ("identity_read" | "break_glass" | "export")[];
                /** @description The nextCursor of the previous page, passed back as given (opaque). */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessJournalResponseDto"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `INVALID_CURSOR` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `REPORT_PERIOD_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "REPORT_PERIOD_INVALID";
                    };
                };
            };
        };
    };
    AccessJournalController_csv: {
        parameters: {
            query?: {
                /** @description Reads by this user only */
                userId?: string;
                /** @description One organisation’s scope: reads by its users and reads of the cases it follows */
                organisationId?: string;
                /** @description First day (French calendar), inclusive */
                from?: string;
                /** @description Last day (French calendar), inclusive */
                to?: string;
                /** @description Kinds of entries, comma-separated (default: all) */
                kinds?: ("identity_read" | "break_glass" | "export")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every entry the filters select (at most 10,000), as a French CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `REPORT_PERIOD_INVALID`, `ACCESS_JOURNAL_EXPORT_TOO_LARGE` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "REPORT_PERIOD_INVALID" | "ACCESS_JOURNAL_EXPORT_TOO_LARGE";
                    };
                };
            };
        };
    };
    RetentionController_rules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionRuleDto"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    RetentionController_setRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetentionPeriodDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionRuleDto"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `RETENTION_RULE_UNKNOWN` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "RETENTION_RULE_UNKNOWN";
                    };
                };
            };
            /** @description One of: `RETENTION_PERIOD_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "RETENTION_PERIOD_INVALID";
                    };
                };
            };
        };
    };
    RetentionController_runs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionRunSummaryDto"][];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    RetentionController_run: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestRetentionRunDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionRunSummaryDto"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    RetentionController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionReportDto"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `RETENTION_RUN_NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "RETENTION_RUN_NOT_FOUND";
                    };
                };
            };
        };
    };
    RetentionController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EraseCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseAnonymisedDto"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `CASE_NOT_CLOSED`, `CASE_ALREADY_ANONYMISED`, `CASE_UNDER_LEGAL_HOLD` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "CASE_NOT_CLOSED" | "CASE_ALREADY_ANONYMISED" | "CASE_UNDER_LEGAL_HOLD";
                    };
                };
            };
            /** @description One of: `ERASURE_REASON_INVALID` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "ERASURE_REASON_INVALID";
                    };
                };
            };
        };
    };
    SubjectAccessController_listForCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectAccessExportViewList"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    SubjectAccessController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubjectAccessRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectAccessExportView"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    SubjectAccessController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectAccessExportViewList"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
        };
    };
    SubjectAccessController_requestByReference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubjectAccessByReferenceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectAccessExportView"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    SubjectAccessController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectAccessExportView"];
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    SubjectAccessController_download: {
        parameters: {
            query: {
                /** @description Which file: the PDF or the JSON, each downloadable once */
                format: "pdf" | "json";
            };
            header?: never;
            path: {
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (application/pdf) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `SUBJECT_ACCESS_ALREADY_DOWNLOADED`, `SUBJECT_ACCESS_EXPIRED` */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "SUBJECT_ACCESS_ALREADY_DOWNLOADED" | "SUBJECT_ACCESS_EXPIRED";
                    };
                };
            };
        };
    };
    CaseJournalController_journal: {
        parameters: {
            query?: {
                /** @description The nextCursor of the previous page, passed back as given (opaque). */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalPageResponseDto"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `INVALID_CURSOR` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "INVALID_CURSOR";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN`, `IDENTITY_NOT_SHARED` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN" | "IDENTITY_NOT_SHARED";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
        };
    };
    CaseJournalController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddJournalNoteDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalNoteCreatedDto"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `CASE_ANONYMISED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "CASE_ANONYMISED";
                    };
                };
            };
            /** @description One of: `JOURNAL_DATE_IN_FUTURE`, `JOURNAL_TEXT_REQUIRED`, `JOURNAL_READER_NOT_IDENTITY_HOLDER` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "JOURNAL_DATE_IN_FUTURE" | "JOURNAL_TEXT_REQUIRED" | "JOURNAL_READER_NOT_IDENTITY_HOLDER";
                    };
                };
            };
        };
    };
    CaseJournalController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                noteId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectJournalNoteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalNoteCorrectedDto"];
                };
            };
            /** @description One of: `VALIDATION_FAILED`, `UNKNOWN_FIELD` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED" | "UNKNOWN_FIELD";
                    };
                };
            };
            /** @description One of: `UNAUTHENTICATED`, `TOKEN_EXPIRED` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "UNAUTHENTICATED" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description One of: `FORBIDDEN`, `JOURNAL_NOTE_NOT_YOURS` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "FORBIDDEN" | "JOURNAL_NOTE_NOT_YOURS";
                    };
                };
            };
            /** @description One of: `NOT_FOUND` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description One of: `CASE_ANONYMISED` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "CASE_ANONYMISED";
                    };
                };
            };
            /** @description One of: `JOURNAL_TEXT_REQUIRED`, `NOTHING_TO_RECTIFY` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBodyDto"] & {
                        /** @enum {string} */
                        code?: "JOURNAL_TEXT_REQUIRED" | "NOTHING_TO_RECTIFY";
                    };
                };
            };
        };
    };
}
