package dev.harbor.client;

import org.springframework.context.ApplicationEventPublisher;
import dev.harbor.common.i18n.Language;
import dev.harbor.security.ClientsMovedEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.Set;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.common.ConcurrentEditException;
import dev.harbor.common.FreeText;
import dev.harbor.common.NotClientScoped;
import dev.harbor.security.ClientAccess;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.HarborUser;
import dev.harbor.security.Role;
import dev.harbor.security.UserAccountService;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseload. Every method is a transaction and a security boundary: method security
 * first, then the clinician's ownership of the client (a refusal is audited and says only
 * "not found or not yours"), then the work and its audit event in the same transaction.
 */
@Service
public class ClientService {

	private static final int CODE_ATTEMPTS = 20;

	private final ClientRepository clients;

	private final AttachmentPositionRepository positions;

	private final TreatmentGoalRepository goals;

	private final CaseloadQuery caseloadQuery;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final UserAccountService accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ClientAccess clientAccess;

	private final ClientLookRepository looks;

	private final ReferenceCodes referenceCodes = new ReferenceCodes();

	private final RetentionProperties retention;

	ClientService(ClientRepository clients, AttachmentPositionRepository positions, TreatmentGoalRepository goals,
			CaseloadQuery caseloadQuery, CurrentUser currentUser, AuditService audit, UserAccountService accounts,
			ApplicationEventPublisher events, ClientAccess clientAccess, ClientLookRepository looks,
			RetentionProperties retention, Clock clock) {
		this.retention = retention;
		this.events = events;
		this.looks = looks;
		this.clientAccess = clientAccess;
		this.clients = clients;
		this.positions = positions;
		this.goals = goals;
		this.caseloadQuery = caseloadQuery;
		this.currentUser = currentUser;
		this.audit = audit;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Figures for the dashboard; counts only, so no client's data is read. */
	@Transactional(readOnly = true)
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("Lists only the signed-in clinician's own caseload; the isolation tests check that another clinician's clients never appear")
	public CaseloadCounts myCaseloadCounts() {
		Map<ClientStatus, Long> counts = new EnumMap<>(ClientStatus.class);
		clients.countByStatus(me()).forEach(row -> counts.put(row.getStatus(), row.getCount()));
		return new CaseloadCounts(counts.getOrDefault(ClientStatus.ACTIVE, 0L),
				counts.getOrDefault(ClientStatus.PAUSED, 0L), counts.getOrDefault(ClientStatus.DISCHARGED, 0L));
	}

	/** One page of my caseload. Opening the list (its first page) is one audit event. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("Lists only the signed-in clinician's own caseload; the isolation tests check that another clinician's clients never appear")
	public Slice<ClientListItem> myCaseload(CaseloadFilter filter, Pageable pageable) {
		if (pageable.getOffset() == 0) {
			audit.record(AuditAction.LIST, AuditSubject.CLIENT, null, null, "caseload");
		}
		return caseloadQuery.page(me(), filter, pageable);
	}

	/**
	 * The clients I opened most recently and still have, newest first; one audit event.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("Lists only the signed-in clinician's own caseload; the isolation tests check that another clinician's clients never appear")
	public List<ClientListItem> myRecentlyOpened(int limit) {
		List<Long> ids = audit.clientsIRecentlyOpened(limit);
		audit.record(AuditAction.LIST, AuditSubject.CLIENT, null, null, "recently opened");
		Map<Long, ClientListItem> mine = new HashMap<>();
		clients.listItems(me(), ids).forEach(item -> mine.put(item.id(), item));
		return ids.stream().filter(mine::containsKey).map(mine::get).toList();
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ClientProfile openClient(long clientId) {
		Client client = owned(clientId, AuditAction.VIEW);
		audit.record(AuditAction.VIEW, AuditSubject.CLIENT, clientId, clientId, null);
		looks.findByClinicianIdAndClientId(me(), clientId)
			.ifPresentOrElse(look -> look.lookedAgain(clock.instant()),
					() -> looks.save(new ClientLook(me(), clientId, clock.instant())));
		return profileOf(client);
	}

	/**
	 * For other features' services (homework, diaries, sessions): refuses, audits and
	 * throws {@link ClientNotFoundException} unless the client is on my caseload. Runs
	 * inside the caller's transaction; the caller records its own audit event.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("The caseload check itself, callable only inside another service's transaction (propagation MANDATORY); every matrix row goes through it")
	public void requireMine(long clientId, AuditAction attempted) {
		owned(clientId, attempted);
	}

	/**
	 * For other features' services: the client's name and address, when the client is on
	 * my caseload (refused and audited like {@link #requireMine} otherwise). The caller
	 * records its own audit event.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("The caseload check with the client's name, callable only inside another service's transaction (propagation MANDATORY)")
	public ClientContact requireMineWithContact(long clientId, AuditAction attempted) {
		Client client = owned(clientId, attempted);
		return new ClientContact(client.getDisplayName(), client.getEmail(),
				client.getStatus() == ClientStatus.DISCHARGED, client.getLanguage());
	}

	/**
	 * For the portal's services: the record of the signed-in client, while their access
	 * lasts (it ends with discharge, or when the clinician ends it). Otherwise refused
	 * and audited. Runs inside the caller's transaction; the caller records its own
	 * event.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	@RolesAllowed(Role.Names.CLIENT)
	@NotClientScoped("Names no client: it answers which record the signed-in client owns; every portal matrix row goes through it")
	public long requireMyOwnRecord(AuditAction attempted, AuditSubject subject) {
		HarborUser me = currentUser.require();
		Long clientId = me.clientId().orElse(null);
		boolean open = clientId != null && clientAccess.stillOpen(me.accountId())
				&& clients.findById(clientId)
					.filter(client -> client.getStatus() != ClientStatus.DISCHARGED)
					.isPresent();
		if (!open) {
			audit.recordDenied(attempted, subject, null);
			throw new AccessDeniedException("The portal is closed to this account");
		}
		return clientId;
	}

	/**
	 * The language of the signed-in client's portal, as their clinician set it on their
	 * record; English when the portal is closed to them (the pages then say so anyway).
	 */
	@Transactional(readOnly = true)
	@RolesAllowed(Role.Names.CLIENT)
	@NotClientScoped("Names no client: the signed-in client's own record, found from their account")
	public Language myLanguage() {
		return currentUser.require()
			.clientId()
			.flatMap(clients::findById)
			.map(Client::getLanguage)
			.orElse(Language.ENGLISH);
	}

	/** Adds a client to the signed-in clinician's caseload and returns its id. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("Creates a new client on the caller's own caseload; names no existing client")
	public long addClient(NewClient details) {
		NewClient checked = checked(details);
		Client client = clients.save(new Client(me(), checked, uniqueReferenceCode(), clock.instant()));
		audit.record(AuditAction.CREATE, AuditSubject.CLIENT, client.requireId(), client.requireId(), null);
		return client.requireId();
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ClientProfile updateProfile(long clientId, long version, ProfileChanges changes) {
		Client client = ownedAtVersion(clientId, version);
		NewClient checked = checked(new NewClient(changes.displayName(), changes.dateOfBirth(), changes.email(),
				changes.phone(), changes.startDate()));
		client.changeProfile(new ProfileChanges(checked.displayName(), checked.dateOfBirth(), checked.email(),
				checked.phone(), checked.startDate(), changes.language()), clock.instant());
		return changed(client, "profile");
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ClientProfile changeStatus(long clientId, long version, ClientStatus status) {
		Client client = ownedAtVersion(clientId, version);
		client.changeStatus(status, clock.instant(), today());
		if (status == ClientStatus.DISCHARGED) {
			// In this transaction: the portal ends the client's own access with it.
			events.publishEvent(new ClientDischargedEvent(clientId));
		}
		return changed(client, "status " + status);
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ClientProfile recordAttachmentPosition(long clientId, long version, NewPosition position) {
		ClientRules.require("anxiety", ClientRules.dialProblem(position.anxiety()));
		ClientRules.require("avoidance", ClientRules.dialProblem(position.avoidance()));
		ClientRules.require("observedOn", ClientRules.observedOnProblem(position.observedOn(), today()));
		ClientRules.require("relationship", position.relationship() == null ? "client.rule.relationship" : null);
		Client client = ownedAtVersion(clientId, version);
		positions.save(new AttachmentPosition(clientId, position, clock.instant(), me()));
		if (isLatest(clientId, position.observedOn())) {
			client.moveTo(position, clock.instant());
		}
		else {
			client.touch(clock.instant());
		}
		return changed(client, "attachment position");
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ClientProfile addGoal(long clientId, long version, String description) {
		ClientRules.require("goal", ClientRules.goalProblem(description));
		Client client = ownedAtVersion(clientId, version);
		client.touch(clock.instant());
		goals.save(new TreatmentGoal(clientId, description.strip(), clock.instant()));
		return changed(client, "goal added");
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ClientProfile updateGoal(long goalId, long goalVersion, String description, GoalStatus status) {
		ClientRules.require("goal", ClientRules.goalProblem(description));
		TreatmentGoal goal = goals.findById(goalId).orElse(null);
		Client client = goal == null ? null : clients.findById(goal.getClientId()).filter(this::isMine).orElse(null);
		if (client == null) {
			// A missing goal and someone else's look the same to the caller.
			audit.recordDenied(AuditAction.CHANGE, AuditSubject.CLIENT, goal == null ? null : goal.getClientId());
			throw ClientNotFoundException.ofGoal(goalId);
		}
		if (goal.getVersion() != goalVersion) {
			throw new ConcurrentEditException("Goal", goalId);
		}
		goal.change(description.strip(), status);
		client.touch(clock.instant());
		return changed(client, "goal " + status);
	}

	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public ClientProfile updatePatterns(long clientId, long version, Set<ClientPattern> patterns,
			@Nullable String note) {
		ClientRules.require("patternNote", ClientRules.patternNoteProblem(note));
		Client client = ownedAtVersion(clientId, version);
		client.changePatterns(patterns, FreeText.clean(note), clock.instant());
		return changed(client, "patterns");
	}

	/**
	 * Discharged clients whose records have been kept longer than the practice's
	 * retention period, longest ago first: reference codes, caseloads and dates, nothing
	 * clinical. Nothing is deleted; opening the first page is on the audit trail.
	 */
	@Transactional
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("For the admin only (method security): reference codes and dates of discharged records, no clinical record")
	public Slice<PastRetention> pastRetention(Pageable pageable) {
		LocalDate cutoff = today().minusYears(retention.years());
		Slice<Client> page = clients.dischargedBefore(cutoff, pageable);
		Map<Long, String> names = accounts
			.displayNames(page.stream().map(Client::getClinicianId).collect(Collectors.toSet()));
		if (pageable.getOffset() == 0) {
			audit.record(AuditAction.LIST, AuditSubject.CLIENT, null, null, "records past retention");
		}
		return page.map(client -> new PastRetention(client.requireId(), client.getReferenceCode(),
				client.getClinicianId(), names.getOrDefault(client.getClinicianId(), ""), discharged(client),
				discharged(client).plusYears(retention.years())));
	}

	private static LocalDate discharged(Client client) {
		return Objects.requireNonNull(client.getDischargedOn(), "a discharged client has a discharge day");
	}

	/** The practice's retention period in years ({@code HARBOR_RETENTION_YEARS}). */
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("The practice's setting; names no client")
	public int retentionYears() {
		return retention.years();
	}

	/**
	 * Moves a client to another clinician's caseload, for example when a colleague
	 * leaves.
	 */
	@Transactional
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("For the admin only (method security): moves a client to an active clinician without reading the record; refused to clinicians in ClientIsolationTest")
	public void reassignClient(long clientId, long clinicianId) {
		Client client = clients.findById(clientId).orElseThrow(() -> new ClientNotFoundException(clientId));
		if (!accounts.isActiveClinician(clinicianId)) {
			throw new IllegalArgumentException("Account " + clinicianId + " is not an active clinician");
		}
		long previous = client.getClinicianId();
		client.reassignTo(clinicianId, clock.instant());
		audit.record(AuditAction.CHANGE, AuditSubject.CLIENT, clientId, clientId,
				"reassigned from " + previous + " to " + clinicianId);
		if (previous != clinicianId) {
			events.publishEvent(new ClientsMovedEvent(previous, clinicianId, 1));
		}
	}

	/** How many clients a clinician has, for the admin moving a caseload; counts only. */
	@Transactional(readOnly = true)
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("For the admin moving a caseload (method security): a count, no clinical record")
	public long caseloadSizeOf(long clinicianId) {
		return clients.countByClinicianId(clinicianId);
	}

	/**
	 * Moves every client of one clinician to another, for example when a colleague
	 * leaves. One audit event per client, so each record's history shows the move.
	 */
	@Transactional
	@RolesAllowed(Role.Names.ADMIN)
	@NotClientScoped("For the admin only (method security): moves clients between caseloads without reading them; refused to clinicians in ClientIsolationTest")
	public int reassignCaseload(long fromClinicianId, long toClinicianId) {
		if (fromClinicianId == toClinicianId || !accounts.isActiveClinician(toClinicianId)) {
			throw new IllegalArgumentException("Account " + toClinicianId + " cannot take over this caseload");
		}
		List<Client> caseload = clients.findByClinicianId(fromClinicianId);
		for (Client client : caseload) {
			client.reassignTo(toClinicianId, clock.instant());
			audit.record(AuditAction.CHANGE, AuditSubject.CLIENT, client.requireId(), client.requireId(),
					"reassigned from " + fromClinicianId + " to " + toClinicianId);
		}
		if (!caseload.isEmpty()) {
			events.publishEvent(new ClientsMovedEvent(fromClinicianId, toClinicianId, caseload.size()));
		}
		return caseload.size();
	}

	private ClientProfile profileOf(Client client) {
		long id = client.requireId();
		return new ClientProfile(id, client.getVersion(), client.getDisplayName(), client.getReferenceCode(),
				client.getDateOfBirth(), client.getEmail(), client.getPhone(), client.getStatus(),
				client.getStartDate(), client.getLastActivityAt(),
				positions.findByClientIdOrderByObservedOnAscIdAsc(id).stream().map(AttachmentPosition::view).toList(),
				goals.findByClientIdOrderByIdAsc(id).stream().map(TreatmentGoal::view).toList(), client.getPatterns(),
				client.getPatternNote(),
				looks.findByClinicianIdAndClientId(me(), id).map(ClientLook::lookedBefore).orElse(null),
				client.getLanguage());
	}

	private NewClient checked(NewClient details) {
		LocalDate today = today();
		ClientRules.require("displayName", ClientRules.displayNameProblem(details.displayName()));
		ClientRules.require("dateOfBirth", ClientRules.dateOfBirthProblem(details.dateOfBirth(), today));
		ClientRules.require("email", ClientRules.emailProblem(details.email()));
		ClientRules.require("phone", ClientRules.phoneProblem(details.phone()));
		ClientRules.require("startDate", ClientRules.startDateProblem(details.startDate(), today));
		return new NewClient(details.displayName().strip(), details.dateOfBirth(), FreeText.clean(details.email()),
				FreeText.clean(details.phone()), details.startDate(), details.language());
	}

	private boolean isLatest(long clientId, LocalDate observedOn) {
		List<AttachmentPosition> history = positions.findByClientIdOrderByObservedOnAscIdAsc(clientId);
		return history.isEmpty() || !history.getLast().view().observedOn().isAfter(observedOn);
	}

	private Client ownedAtVersion(long clientId, long version) {
		Client client = owned(clientId, AuditAction.CHANGE);
		if (client.getVersion() != version) {
			throw new ConcurrentEditException("Client", clientId);
		}
		return client;
	}

	private Client owned(long clientId, AuditAction attempted) {
		return clients.findById(clientId).filter(this::isMine).orElseThrow(() -> {
			audit.recordDenied(attempted, AuditSubject.CLIENT, clientId);
			return new ClientNotFoundException(clientId);
		});
	}

	private boolean isMine(Client client) {
		return client.getClinicianId() == me();
	}

	/**
	 * Audits a change and returns the fresh profile. The flush makes the new version
	 * visible, so the page can keep editing without reading the client again (which would
	 * count as a view).
	 */
	private ClientProfile changed(Client client, String what) {
		long clientId = client.requireId();
		audit.record(AuditAction.CHANGE, AuditSubject.CLIENT, clientId, clientId, what);
		clients.flush();
		return profileOf(client);
	}

	private long me() {
		return currentUser.require().accountId();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private String uniqueReferenceCode() {
		for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
			String code = referenceCodes.next();
			if (!clients.existsByReferenceCode(code)) {
				return code;
			}
		}
		throw new IllegalStateException("Could not find a free reference code");
	}

}
