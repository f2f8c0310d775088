package dev.harbor.security;

import java.time.Clock;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.harbor.security.ui.LoginView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

	/**
	 * The sign-in view's route; named by path so the view class can stay package-private.
	 */
	static final String LOGIN_ROUTE = "/login";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, HarborSecurityProperties properties, Clock clock,
			ApplicationEventPublisher events) throws Exception {
		http.addFilterBefore(new IdleSessionFilter(properties.idleTimeout(), clock, events),
				SecurityContextHolderFilter.class);
		http.authorizeHttpRequests(
				requests -> requests.requestMatchers("/styles/**", "/icons/**", SessionStatusController.PATH)
					.permitAll());
		http.headers(headers -> headers.referrerPolicy(policy -> policy.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
	}

	/** Lets method-security refusals reach the audit trail as events. */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

	/**
	 * bcrypt behind Spring's delegating encoder, so a later switch keeps old hashes
	 * readable.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
