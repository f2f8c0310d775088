package dev.harbor.testsupport;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test class that starts applications of its own beside the shared test context:
 * each one installs its security-context strategy JVM-wide, so the shared context gets
 * its own back when the class is done.
 */
public final class SecondApplications implements BeforeAllCallback, AfterAllCallback {

	private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(SecondApplications.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getStore(STORE).put("strategy", SecurityContextHolder.getContextHolderStrategy());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		SecurityContextHolder
			.setContextHolderStrategy(context.getStore(STORE).get("strategy", SecurityContextHolderStrategy.class));
	}

}
