package dev.harbor.testsupport;

import java.security.Principal;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;

import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Karibu runs no servlet filters, so nothing tells its fake requests who is signed in.
 * This makes them read the user and roles from Spring Security's context, as the real
 * filter chain does, so that Vaadin's route security ({@code @RolesAllowed} on views)
 * works in UI tests.
 */
public final class KaribuSpringSecurity {

	private static final AuthenticationTrustResolverImpl TRUST = new AuthenticationTrustResolverImpl();

	private KaribuSpringSecurity() {
	}

	public static void install() {
		MockVaadin.setMockRequestFactory(session -> {
			FakeRequest request = new FakeRequest(session) {
				@Override
				public Principal getUserPrincipal() {
					return signedIn();
				}
			};
			request.setUserInRole((principal, role) -> {
				Authentication authentication = signedIn();
				return authentication != null && authentication.getAuthorities()
					.stream()
					.anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
			});
			return request;
		});
	}

	private static Authentication signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || TRUST.isAnonymous(authentication) ? null : authentication;
	}

}
