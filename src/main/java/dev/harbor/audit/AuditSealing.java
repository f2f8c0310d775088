package dev.harbor.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Seals new audit events every few seconds ({@code harbor.audit.seal-every-ms}; 0 turns
 * it off, as the tests do, which seal when they mean to).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${harbor.audit.seal-every-ms:5000} > 0")
class AuditSealing {

	private final AuditChain chain;

	AuditSealing(AuditChain chain) {
		this.chain = chain;
	}

	@Scheduled(fixedDelayString = "${harbor.audit.seal-every-ms:5000}",
			initialDelayString = "${harbor.audit.seal-every-ms:5000}")
	void seal() {
		chain.sealPending();
	}

}
