package dev.harbor.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in once every step their account needs is done (the code page, a sign-in
 * link): a new session id, the security context saved in the session, the session
 * registered (so an admin can end it) and the sign-in on the audit trail, as the sign-in
 * form does for a password alone.
 */
@Component
public class SignInCompletion {

	private final SecurityContextHolderStrategy contexts;

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final SessionRegistry sessions;

	private final ApplicationEventPublisher events;

	SignInCompletion(ObjectProvider<SecurityContextHolderStrategy> contexts, SessionRegistry sessions,
			ApplicationEventPublisher events) {
		this.contexts = contexts.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
		this.sessions = sessions;
		this.events = events;
	}

	public void complete(VerifiedSignIn verified, HttpServletRequest request, HttpServletResponse response) {
		HarborUser user = verified.user();
		request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
		request.changeSessionId();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user,
				null, user.getAuthorities());
		authentication.setDetails(new WebAuthenticationDetails(request));
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(authentication);
		contexts.setContext(context);
		repository.saveContext(context, request, response);
		sessions.registerNewSession(request.getSession().getId(), user);
		events.publishEvent(new AuthenticationSuccessEvent(authentication));
	}

}
