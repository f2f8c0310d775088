package dev.harbor.security;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, for services that check ownership and views that greet. It reads the
 * same security-context strategy bean as method security does (Vaadin's), not the static
 * holder, which Vaadin only switches over late in start-up.
 */
@Component
public class CurrentUser {

	private final SecurityContextHolderStrategy contexts;

	CurrentUser(ObjectProvider<SecurityContextHolderStrategy> contexts) {
		this.contexts = contexts.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
	}

	public Optional<HarborUser> get() {
		Authentication authentication = contexts.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof HarborUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/** The signed-in user; method security has already refused anonymous callers. */
	public HarborUser require() {
		return get().orElseThrow(() -> new IllegalStateException("No signed-in user"));
	}

}
