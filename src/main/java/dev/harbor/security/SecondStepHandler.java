package dev.harbor.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * What the sign-in form does when it does not sign the person in: a right password that
 * needs a second step goes on to the code page (or to setting an app up), under a new
 * session id; anything else back to the form with its one message for every failure.
 */
final class SecondStepHandler implements AuthenticationFailureHandler {

	static final String CODE_ROUTE = "login/code";

	static final String SET_UP_ROUTE = "login/set-up";

	private final AuthenticationFailureHandler failed;

	SecondStepHandler(String failureUrl) {
		this.failed = new SimpleUrlAuthenticationFailureHandler(failureUrl);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (exception instanceof SecondStepNeeded needed) {
			request.getSession().setAttribute(PendingSignIn.ATTRIBUTE, needed.pending());
			request.changeSessionId();
			String route = needed.pending().stage() == PendingSignIn.Stage.CODE ? CODE_ROUTE : SET_UP_ROUTE;
			response.sendRedirect(request.getContextPath() + "/" + route);
			return;
		}
		failed.onAuthenticationFailure(request, response, exception);
	}

}
