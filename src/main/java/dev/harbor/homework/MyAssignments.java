package dev.harbor.homework;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientService;

import org.springframework.stereotype.Component;

/**
 * The one ownership check of the homework feature, shared by its two services: an
 * assignment is mine when its client is on my caseload; otherwise the refusal is audited
 * and looks exactly like an assignment that does not exist.
 */
@Component
class MyAssignments {

	private final AssignmentRepository assignments;

	private final ClientService clients;

	private final AuditService audit;

	MyAssignments(AssignmentRepository assignments, ClientService clients, AuditService audit) {
		this.assignments = assignments;
		this.clients = clients;
		this.audit = audit;
	}

	HomeworkAssignment mine(long assignmentId, AuditAction attempted) {
		HomeworkAssignment assignment = assignments.findById(assignmentId).orElseThrow(() -> {
			audit.recordDenied(attempted, AuditSubject.HOMEWORK, assignmentId);
			return new HomeworkNotFoundException("assignment", assignmentId);
		});
		clients.requireMine(assignment.getClientId(), attempted);
		return assignment;
	}

}
