package dev.harbor.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.FilterChain;
import org.jspecify.annotations.Nullable;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session after a stretch with no real activity. An open Vaadin tab
 * sends heartbeats that keep the servlet session alive forever; those do not count here,
 * so a session left open on a shared computer still ends. The filter runs before Spring
 * Security reads the session, so the request that notices the timeout is already
 * anonymous, and the browser lands on the sign-in page at its next heartbeat.
 */
class IdleSessionFilter extends OncePerRequestFilter {

	static final String LAST_ACTIVITY = IdleSessionFilter.class.getName() + ".lastActivity";

	private static final String HEARTBEAT = HandlerHelper.RequestType.HEARTBEAT.getIdentifier();

	private final Duration idleTimeout;

	private final Duration clientIdleTimeout;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	IdleSessionFilter(Duration idleTimeout, Duration clientIdleTimeout, Clock clock, ApplicationEventPublisher events) {
		this.idleTimeout = idleTimeout;
		this.clientIdleTimeout = clientIdleTimeout;
		this.clock = clock;
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Instant now = clock.instant();
		HttpSession session = request.getSession(false);
		if (session != null) {
			Instant last = (Instant) session.getAttribute(LAST_ACTIVITY);
			if (last != null && Duration.between(last, now).compareTo(timeoutOf(session)) > 0) {
				endSession(session, request);
				if (isHeartbeat(request)) {
					// Vaadin answers a heartbeat without a session with 403, which its
					// client takes for
					// a network problem and keeps the page on screen. 410 makes it
					// reload, and the
					// reload lands on the sign-in page.
					// setStatus, not sendError: an error dispatch would be redirected to
					// sign-in as a 302.
					response.setStatus(HttpServletResponse.SC_GONE);
					return;
				}
			}
			else if (!isHeartbeat(request) && !isSessionCheck(request)) {
				session.setAttribute(LAST_ACTIVITY, now);
			}
		}
		chain.doFilter(request, response);
		stampNewSession(request, now);
	}

	/** A session born in this request (the sign-in itself) starts its idle clock now. */
	private static void stampNewSession(HttpServletRequest request, Instant now) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			try {
				if (session.getAttribute(LAST_ACTIVITY) == null) {
					session.setAttribute(LAST_ACTIVITY, now);
				}
			}
			catch (IllegalStateException invalidated) {
				// Signed out during this request: nothing to stamp.
			}
		}
	}

	/**
	 * A client's session has its own idle time (the portal's setting); staff the other.
	 */
	private Duration timeoutOf(HttpSession session) {
		HarborUser user = userOf(session);
		if (user != null && user.role() == Role.CLIENT) {
			// The servlet container must not end the session before this filter would.
			long seconds = clientIdleTimeout.toSeconds() + 60;
			if (session.getMaxInactiveInterval() < seconds) {
				session.setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, seconds));
			}
			return clientIdleTimeout;
		}
		return idleTimeout;
	}

	private static @Nullable HarborUser userOf(HttpSession session) {
		Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		if (context instanceof SecurityContext securityContext && securityContext.getAuthentication() != null
				&& securityContext.getAuthentication().getPrincipal() instanceof HarborUser user) {
			return user;
		}
		return null;
	}

	private void endSession(HttpSession session, HttpServletRequest request) {
		HarborUser user = userOf(session);
		session.invalidate();
		if (user != null) {
			events.publishEvent(new SessionTimedOutEvent(user, request.getRemoteAddr()));
		}
	}

	private static boolean isSessionCheck(HttpServletRequest request) {
		return (request.getContextPath() + HarborSecurityProperties.SESSION_STATUS_PATH)
			.equals(request.getRequestURI());
	}

	private static boolean isHeartbeat(HttpServletRequest request) {
		return HEARTBEAT.equals(request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER));
	}

}
