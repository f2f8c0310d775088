package dev.harbor.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;

/**
 * Gives the sign-in form, as Vaadin's configurer sets it up, the failure handler that
 * sends a right password needing a second step on to it. Applied after Vaadin's, so it
 * changes nothing else of the form (its login page above all).
 */
final class SecondStepConfigurer extends AbstractHttpConfigurer<SecondStepConfigurer, HttpSecurity> {

	private final String failureUrl;

	SecondStepConfigurer(String failureUrl) {
		this.failureUrl = failureUrl;
	}

	@Override
	@SuppressWarnings("unchecked")
	public void init(HttpSecurity http) {
		FormLoginConfigurer<HttpSecurity> form = http.getConfigurer(FormLoginConfigurer.class);
		if (form == null) {
			throw new IllegalStateException("The sign-in form is not set up; Vaadin's configurer must come first");
		}
		form.failureHandler(new SecondStepHandler(failureUrl));
	}

}
