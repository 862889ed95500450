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
        get: operations["AdminController_users"];
        put?: never;
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
        get: operations["CasesController_list"];
        put?: never;
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
        get: operations["CasesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
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
        get: operations["ReferralsController_ofCase"];
        put?: never;
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
        /** A minor's protection checklist; an adult's case answers applicable: false with no steps */
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
        /** Open minors' cases the caller sees, with their next clock, overdue first */
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
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
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
        get: operations["NotificationsController_preferences"];
        put: operations["NotificationsController_setPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["WebhooksController_list"];
        put?: never;
        post: operations["WebhooksController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/webhooks/{id}": {
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
        get: operations["OrientationsController_ofCase"];
        put?: never;
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
        get: operations["HostsController_capacity"];
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
        get: operations["HostsController_location"];
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
        put: operations["CellsController_addMember"];
        post?: never;
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
        get: operations["CellsController_meetings"];
        put?: never;
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
        get: operations["SurveyCampaignsController_list"];
        put?: never;
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
        get: operations["RetentionController_runs"];
        put?: never;
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
        get: operations["SubjectAccessController_listForCase"];
        put?: never;
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
        get: operations["SubjectAccessController_list"];
        put?: never;
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
        get: operations["SubjectAccessController_download"];
        put?: never;
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
        CompleteEnrolmentDto: {
            /** @description The token of the enrolment link (the part after # in /inscription#…) */
            token: string;
            /** @description At least 12 characters */
            password: string;
        };
        TotpCodeDto: {
            /** @example 123456 */
            code: string;
        };
        MembershipDecisionDto: {
            /** @enum {string} */
            decision: "approve" | "refuse";
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
        UserStatusDto: {
            /** @enum {string} */
            status: "active" | "disabled";
        };
        MembershipActiveDto: {
            active: boolean;
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
        CreateOrganisationDto: {
            /** @enum {string} */
            kind: "association" | "prefecture" | "parquet" | "police" | "gendarmerie" | "labour_inspection" | "ase" | "pjj" | "ofii" | "acse_coordination" | "host" | "minors_centre" | "uaped" | "crp" | "clav_cell" | "national_coordinator" | "platform";
            name: string;
            national?: boolean;
            territories?: string[];
            /** @description Kind-specific flags, e.g. {"dnaDedicated": true}; never a location */
            attributes?: components["schemas"]["OrganisationAttributesDto"];
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
            /** @description Why the correction (kept encrypted in the timeline) */
            note?: string;
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
        CloseCaseDto: {
            /** @description The version you read; a stale one answers 409 VERSION_CONFLICT (or use If-Match) */
            version?: number;
            /** @example support_completed */
            reason: string;
            /** @enum {string} */
            event?: "close" | "close_referred";
            note?: string;
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
        UnaccompaniedMinorDto: {
            /** @description The version you read; a stale one answers 409 VERSION_CONFLICT (or use If-Match) */
            version?: number;
            /** @description Unaccompanied minor (« mineur non accompagné »), or null: not known */
            unaccompaniedMinor: boolean | null;
        };
        ReferralDto: {
            /** @description The version you read; a stale one answers 409 VERSION_CONFLICT (or use If-Match) */
            version?: number;
            organisationId: string;
        };
        AnswerLinkDto: {
            reasonCode?: string;
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
        CreateWebhookDto: {
            organisationId: string;
            /** @example https://partenaire.example.fr/mnio/webhooks */
            url: string;
            eventTypes: ("MinorCaseCreated" | "PresumedVictimIdentified" | "CaseShared" | "RemovalOrderAlert" | "DuplicateLinkRequested" | "DuplicateLinkAnswered" | "PossibleDuplicateFound" | "OrientationRequested" | "OrientationAccepted" | "OrientationRefused" | "OrientationAdmitted" | "OrientationEnded" | "OrientationCancelled" | "OrientationHostChosen" | "CaseTransferRequested" | "CaseTransferAccepted" | "CaseTransferRefused" | "CaseTransferCancelled" | "CellActionAssigned" | "CellActionStatusChanged" | "BreakGlassUsed" | "MembershipRequested" | "AccessRequested" | "SurveyQuestionnaireOpened" | "IdentityReadsAlertRaised" | "CaseErasedOnRequest" | "DeadlineApproaching" | "DeadlineOverdue" | "DeadlineEscalated")[];
        };
        UpdateWebhookDto: {
            url?: string;
            eventTypes?: ("MinorCaseCreated" | "PresumedVictimIdentified" | "CaseShared" | "RemovalOrderAlert" | "DuplicateLinkRequested" | "DuplicateLinkAnswered" | "PossibleDuplicateFound" | "OrientationRequested" | "OrientationAccepted" | "OrientationRefused" | "OrientationAdmitted" | "OrientationEnded" | "OrientationCancelled" | "OrientationHostChosen" | "CaseTransferRequested" | "CaseTransferAccepted" | "CaseTransferRefused" | "CaseTransferCancelled" | "CellActionAssigned" | "CellActionStatusChanged" | "BreakGlassUsed" | "MembershipRequested" | "AccessRequested" | "SurveyQuestionnaireOpened" | "IdentityReadsAlertRaised" | "CaseErasedOnRequest" | "DeadlineApproaching" | "DeadlineOverdue" | "DeadlineEscalated")[];
            active?: boolean;
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
        HostLocationDto: {
            /** @description Secret: encrypted, shown only to the host and its coordination */
            address: string;
            postalCode?: string;
            city?: string;
            phone?: string;
            accessInstructions?: string;
        };
        DistancingRuleDto: {
            /** @description Also outside the regions of exploitation and residence (not only their départements) */
            regions?: boolean;
            /** @description Go back to the national rule (a territory only) */
            reset?: boolean;
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
        AttendeeDto: {
            organisationId: string;
        };
        AgendaItemDto: {
            caseId?: string;
            /** @example 93-2026-000042 */
            reference?: string;
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
        ActionTransitionDto: {
            /** @enum {string} */
            action: "start" | "complete" | "cancel";
            note?: string;
            /** @description The version you read; a stale one answers 409 VERSION_CONFLICT */
            version?: number;
        };
        TransferDto: {
            toOrganisationId: string;
            /** @enum {string} */
            reasonCode: "acse_placement" | "relocation" | "safety" | "closer_to_services" | "other";
            /** @description Required when the receiving organisation covers several territories */
            toTerritory?: string;
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
        ReportTableDto: {
            /** @example survey.by_sex */
            key: string;
            /** @example sex */
            rowDimension: string;
            columns: string[];
            additive: boolean;
            rows: components["schemas"]["ReportRowDto"][];
            totals: components["schemas"]["ReportTotalsDto"] | null;
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
        ProConnectCallbackDto: {
            /** @description The attempt id answered by /api/auth/proconnect/start, kept by the page that started it */
            attempt: string;
            /** @description The search part of the address ProConnect sent the browser back to (code, state, iss) */
            query: string;
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
        OrganisationSignInDto: {
            /** @description The SIRET (14 digits, valid checksum); null removes it */
            siret?: string | null;
            /** @description false: its members sign in with ProConnect only */
            passwordSignIn?: boolean;
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
            kind: "case_closed" | "case_closed_referred" | "notifications" | "auth_sessions" | "login_throttle" | "notification_deliveries" | "break_glass_uses";
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
            rules: components["schemas"]["RetentionRunRuleDto"][];
            progress: components["schemas"]["RetentionProgressDto"];
            erased: components["schemas"]["ErasedLineDto"][];
            held: components["schemas"]["HeldLineDto"][];
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
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                content?: never;
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
                content?: never;
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
            /** @description Error body with code UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable error code (SCREAMING_SNAKE) */
                        code: string;
                        message: string;
                        correlationId: string;
                    };
                };
            };
            /** @description Error body with code FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable error code (SCREAMING_SNAKE) */
                        code: string;
                        message: string;
                        correlationId: string;
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
                content?: never;
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
            /** @description Error body with code VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable error code (SCREAMING_SNAKE) */
                        code: string;
                        message: string;
                        correlationId: string;
                    };
                };
            };
            /** @description Error body with code UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable error code (SCREAMING_SNAKE) */
                        code: string;
                        message: string;
                        correlationId: string;
                    };
                };
            };
            /** @description Error body with code FORBIDDEN, ORGANISATION_SELF_DEACTIVATION */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable error code (SCREAMING_SNAKE) */
                        code: string;
                        message: string;
                        correlationId: string;
                    };
                };
            };
            /** @description Error body with code NOT_FOUND */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable error code (SCREAMING_SNAKE) */
                        code: string;
                        message: string;
                        correlationId: string;
                    };
                };
            };
            /** @description Error body with code VERSION_CONFLICT, CELL_ALREADY_EXISTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable error code (SCREAMING_SNAKE) */
                        code: string;
                        message: string;
                        correlationId: string;
                    };
                };
            };
            /** @description Error body with code UNKNOWN_TERRITORY, UNPROCESSABLE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable error code (SCREAMING_SNAKE) */
                        code: string;
                        message: string;
                        correlationId: string;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
            /** @description NOT_FOUND: no such case or attachment, or not visible to the caller (the same answer) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        message?: string;
                        correlationId?: string;
                        details?: Record<string, never>;
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
            /** @description VALIDATION_FAILED, UNKNOWN_FIELD: kind or documentDate missing or wrong */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        message?: string;
                        correlationId?: string;
                        details?: Record<string, never>;
                    };
                };
            };
            /** @description FORBIDDEN: the caller sees the case but may not update it */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        message?: string;
                        correlationId?: string;
                        details?: Record<string, never>;
                    };
                };
            };
            /** @description NOT_FOUND: no such case or attachment, or not visible to the caller (the same answer) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        message?: string;
                        correlationId?: string;
                        details?: Record<string, never>;
                    };
                };
            };
            /** @description CASE_ANONYMISED: the case was erased */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        message?: string;
                        correlationId?: string;
                        details?: Record<string, never>;
                    };
                };
            };
            /** @description ATTACHMENT_TOO_LARGE: over MNIO_ATTACHMENT_MAX_BYTES (`details.maxBytes`) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        message?: string;
                        correlationId?: string;
                        details?: Record<string, never>;
                    };
                };
            };
            /** @description ATTACHMENT_TYPE_NOT_ALLOWED (content not PDF, JPEG or PNG), ATTACHMENT_EMPTY, ATTACHMENT_FILE_REQUIRED, ATTACHMENT_NAME_INVALID, ATTACHMENT_DATE_IN_FUTURE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code?: string;
                        message?: string;
                        correlationId?: string;
                        details?: Record<string, never>;
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
            /** @description The file */
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
            /** @description NOT_FOUND: no such case or attachment, or not visible to the caller (the same answer) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
                        code?: string;
                        message?: string;
                        correlationId?: string;
                        details?: Record<string, never>;
                    };
                    "image/jpeg": {
                        code?: string;
                        message?: string;
                        correlationId?: string;
                        details?: Record<string, never>;
                    };
                    "image/png": {
                        code?: string;
                        message?: string;
                        correlationId?: string;
                        details?: Record<string, never>;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
            /** @description Error body with code UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable error code (SCREAMING_SNAKE) */
                        code: string;
                        message: string;
                        correlationId: string;
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
            /** @description Error body with code VALIDATION_FAILED */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable error code (SCREAMING_SNAKE) */
                        code: string;
                        message: string;
                        correlationId: string;
                    };
                };
            };
            /** @description Error body with code UNAUTHENTICATED */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable error code (SCREAMING_SNAKE) */
                        code: string;
                        message: string;
                        correlationId: string;
                    };
                };
            };
            /** @description Error body with code FORBIDDEN */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable error code (SCREAMING_SNAKE) */
                        code: string;
                        message: string;
                        correlationId: string;
                    };
                };
            };
            /** @description Error body with code UNKNOWN_TERRITORY, UNPROCESSABLE */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Stable error code (SCREAMING_SNAKE) */
                        code: string;
                        message: string;
                        correlationId: string;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                content?: never;
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
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
