package dev.harbor.client;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseload. Every method is a transaction and a security boundary: method security
 * first, then the clinician's ownership of the client, then an audit event in the same
 * transaction.
 */
@Service
public class ClientService {

	private static final int CODE_ATTEMPTS = 20;

	private final ClientRepository clients;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final Clock clock;

	private final ReferenceCodes referenceCodes = new ReferenceCodes();

	ClientService(ClientRepository clients, CurrentUser currentUser, AuditService audit, Clock clock) {
		this.clients = clients;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	/** Figures for the dashboard; counts only, so no client's data is read. */
	@Transactional(readOnly = true)
	@RolesAllowed(Role.Names.CLINICIAN)
	public CaseloadCounts myCaseloadCounts() {
		Map<ClientStatus, Long> counts = new EnumMap<>(ClientStatus.class);
		clients.countByStatus(currentUser.require().accountId())
			.forEach(row -> counts.put(row.getStatus(), row.getCount()));
		return new CaseloadCounts(counts.getOrDefault(ClientStatus.ACTIVE, 0L),
				counts.getOrDefault(ClientStatus.PAUSED, 0L), counts.getOrDefault(ClientStatus.DISCHARGED, 0L));
	}

	/** Adds a client to the signed-in clinician's caseload and returns its id. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public long addClient(NewClient newClient) {
		String name = ClientRules.displayName(newClient.displayName());
		Client client = clients.save(new Client(currentUser.require().accountId(), name, uniqueReferenceCode(),
				newClient.startDate(), clock.instant()));
		audit.record(AuditAction.CREATE, AuditSubject.CLIENT, client.requireId(), client.requireId(), null);
		return client.requireId();
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
