package dev.harbor.reading;

import java.util.List;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientService;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readings in the signed-in client's portal: those their clinician gave them, newest
 * first. Always from the client's own account.
 */
@Service
public class MyReadingService {

	private final GivenReadingRepository given;

	private final ClientService clients;

	private final AuditService audit;

	MyReadingService(GivenReadingRepository given, ClientService clients, AuditService audit) {
		this.given = given;
		this.clients = clients;
		this.audit = audit;
	}

	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public List<Reading> myReadings() {
		long me = clients.requireMyOwnRecord(AuditAction.VIEW, AuditSubject.READING);
		audit.record(AuditAction.VIEW, AuditSubject.READING, null, me, "portal: my readings");
		return given.findByClientIdAndWithdrawnAtIsNullOrderByGivenAtDesc(me)
			.stream()
			.map(GivenReading::getReading)
			.toList();
	}

}
