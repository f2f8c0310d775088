package dev.harbor.keepingplan;

import java.util.Optional;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.client.ClientService;
import dev.harbor.security.Role;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan in the signed-in client's portal, once their clinician has shown it there.
 * Always from the client's own account.
 */
@Service
public class MyKeepingPlanService {

	private final KeepingPlanRepository plans;

	private final ClientService clients;

	private final AuditService audit;

	MyKeepingPlanService(KeepingPlanRepository plans, ClientService clients, AuditService audit) {
		this.plans = plans;
		this.clients = clients;
		this.audit = audit;
	}

	@Transactional
	@RolesAllowed(Role.Names.CLIENT)
	public Optional<PlanView> myPlan() {
		long me = clients.requireMyOwnRecord(AuditAction.VIEW, AuditSubject.KEEPING_PLAN);
		audit.record(AuditAction.VIEW, AuditSubject.KEEPING_PLAN, null, me, "portal: my plan");
		return plans.findByClientId(me).filter(KeepingPlan::isShared).map(KeepingPlan::view);
	}

}
