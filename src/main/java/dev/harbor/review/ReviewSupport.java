package dev.harbor.review;

import java.time.Clock;

import dev.harbor.audit.AuditService;
import dev.harbor.client.ClientService;
import dev.harbor.common.SessionLinks;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.UserAccountService;

import org.springframework.stereotype.Component;

/**
 * What every entry review works with: the caseload check, the audit trail, the signed-in
 * clinician, their colleagues' names, the sessions and the clock. One bean, handed to
 * each {@link EntryReviews} a feature makes. It has no public methods: the features'
 * services stay the only way in, each public method with its own method security.
 */
@Component
public class ReviewSupport {

	final ClientService clients;

	final UserAccountService accounts;

	final CurrentUser currentUser;

	final AuditService audit;

	final SessionLinks sessionLinks;

	final Clock clock;

	final EntryAdditionRepository additions;

	final EntryDraftRepository drafts;

	ReviewSupport(ClientService clients, UserAccountService accounts, CurrentUser currentUser, AuditService audit,
			SessionLinks sessionLinks, EntryAdditionRepository additions, EntryDraftRepository drafts, Clock clock) {
		this.additions = additions;
		this.drafts = drafts;
		this.clients = clients;
		this.accounts = accounts;
		this.currentUser = currentUser;
		this.audit = audit;
		this.sessionLinks = sessionLinks;
		this.clock = clock;
	}

}
