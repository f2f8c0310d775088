package dev.harbor.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dev.harbor.common.NotClientScoped;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.HarborUser;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail. Features call {@link #record} inside their own transaction, so the
 * event commits or rolls back with the work it describes.
 */
@Service
public class AuditService {

	static final String SYSTEM_ACTOR = "system";

	static final String UNKNOWN_ACTOR = "unknown account";

	static final String ANONYMOUS_ACTOR = "not signed in";

	private final AuditEventRepository events;

	private final CurrentUser currentUser;

	/** How far back "opened recently" looks. */
	static final Duration RECENTLY = Duration.ofDays(30);

	private final Clock clock;

	private final AuditQuery query;

	private final AuditChain chain;

	private final AfterTheCall afterTheCall;

	private final TransactionTemplate ownTransaction;

	AuditService(AuditEventRepository events, AuditQuery query, AuditChain chain, CurrentUser currentUser, Clock clock,
			AfterTheCall afterTheCall, PlatformTransactionManager transactions) {
		this.events = events;
		this.query = query;
		this.chain = chain;
		this.currentUser = currentUser;
		this.clock = clock;
		this.afterTheCall = afterTheCall;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Records what the signed-in user just did, as part of the caller's transaction.
	 * @param detail what kind of change, in a few words; never clinical text
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN, Role.Names.CLIENT })
	@NotClientScoped("Writes an audit event for the calling service inside its transaction; the caller has already checked the client")
	public void record(AuditAction action, AuditSubject subject, @Nullable Long subjectId, @Nullable Long clientId,
			@Nullable String detail) {
		HarborUser user = currentUser.require();
		store(user.accountId(), user.getUsername(), action, subject, subjectId, clientId, AuditOutcome.SUCCESS, detail,
				currentRemoteAddress());
	}

	/**
	 * Records a refused attempt in a transaction of its own: the caller's work is about
	 * to be rolled back, and the refusal must stay on the record. Inside a service call
	 * it is written when that call has ended ({@link AfterTheCall}), stamped with the
	 * time of the refusal; so a refusal never holds a second connection beside the
	 * caller's.
	 */
	@RolesAllowed({ Role.Names.CLINICIAN, Role.Names.ADMIN, Role.Names.CLIENT })
	@NotClientScoped("Writes a refusal in a transaction of its own; it is how the matrices see that a call was refused")
	public void recordDenied(AuditAction attempted, AuditSubject subject, @Nullable Long subjectId) {
		HarborUser user = currentUser.require();
		storeOnItsOwn(user.accountId(), user.getUsername(), attempted, subject, subjectId, AuditOutcome.DENIED, null,
				currentRemoteAddress());
	}

	/** Newest first. Opening the list (its first page) is itself an event. */
	@Transactional
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("The practice's audit log, for the admin only (method security), who reads no clinical record")
	public Slice<AuditEvent> events(AuditFilter filter, Pageable pageable) {
		if (pageable.getOffset() == 0) {
			record(AuditAction.LIST, AuditSubject.AUDIT_LOG, null, null, null);
		}
		return query.page(filter, pageable);
	}

	/**
	 * Writes the filtered events as CSV and records the export; returns how many were
	 * written.
	 */
	@Transactional
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("The practice's audit log as CSV, for the admin only (method security), itself audited")
	public long exportCsv(AuditFilter filter, OutputStream out) throws IOException {
		long written;
		try (AuditCsv csv = new AuditCsv(out)) {
			written = query.forEach(filter, csv::write);
		}
		record(AuditAction.EXPORT, AuditSubject.AUDIT_LOG, null, null, "csv, " + written + " events");
		return written;
	}

	/**
	 * Seals what is not yet sealed, then recomputes the whole hash chain and says where
	 * it was first altered, if anywhere. The check is itself an event.
	 */
	@Transactional
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("Checks the practice's whole audit trail for the admin; reads ids and seals, no clinical record")
	public AuditTrailCheck checkTrail() {
		chain.sealPending();
		AuditTrailCheck check = chain.check();
		record(AuditAction.VERIFY, AuditSubject.AUDIT_LOG, check.firstAltered(), null,
				check.holds() ? "trail intact, " + check.intact() + " events" : "trail altered");
		return check;
	}

	/**
	 * Ids of the clients the signed-in clinician opened most recently (within
	 * {@link #RECENTLY} only, so the read stays as short as a month of one person's
	 * events however long the trail grows), newest first.
	 */
	@Transactional(readOnly = true)
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("The signed-in clinician's own recent openings; the caseload query that uses them keeps only their own clients")
	public List<Long> clientsIRecentlyOpened(int limit) {
		return events.clientsViewedBy(currentUser.require().accountId(), clock.instant().minus(RECENTLY),
				Limit.of(limit));
	}

	@Transactional(readOnly = true)
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("Counts failed sign-ins for the sign-in throttle; names no client")
	public long failedSignInsWithin(Duration period) {
		return events.countByActionAndOutcomeAndOccurredAtAfter(AuditAction.SIGN_IN, AuditOutcome.FAILURE,
				clock.instant().minus(period));
	}

	void store(@Nullable Long actorId, String actorLabel, AuditAction action, @Nullable AuditSubject subject,
			@Nullable Long subjectId, @Nullable Long clientId, AuditOutcome outcome, @Nullable String detail,
			@Nullable String remoteAddress) {
		events.save(new AuditEvent(clock.instant(), actorId, actorLabel, action, subject, subjectId, clientId, outcome,
				detail, remoteAddress));
	}

	/**
	 * Saves an event stamped now in a transaction of its own, once the service call under
	 * way (if any) has ended.
	 */
	void storeOnItsOwn(@Nullable Long actorId, String actorLabel, AuditAction action, @Nullable AuditSubject subject,
			@Nullable Long subjectId, AuditOutcome outcome, @Nullable String detail, @Nullable String remoteAddress) {
		AuditEvent event = new AuditEvent(clock.instant(), actorId, actorLabel, action, subject, subjectId, null,
				outcome, detail, remoteAddress);
		afterTheCall.whenTheCallerIsDone(() -> ownTransaction.executeWithoutResult(status -> events.save(event)));
	}

	static @Nullable String currentRemoteAddress() {
		return RequestingAddress.current();
	}

	/**
	 * An event of the application itself, not of a person: the first admin opened from
	 * the environment at the first start.
	 */
	void recordSystem(AuditAction action, AuditSubject subject, long subjectId, String detail) {
		store(null, SYSTEM_ACTOR, action, subject, subjectId, null, AuditOutcome.SUCCESS, detail, null);
	}

}
