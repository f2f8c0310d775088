package dev.harbor.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services that check ownership and views that greet. */
@Component
public class CurrentUser {

	public Optional<HarborUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
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
