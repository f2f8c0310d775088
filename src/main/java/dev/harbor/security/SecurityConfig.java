package dev.harbor.security;

import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import java.util.Map;
import java.time.Clock;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import com.vaadin.flow.shared.ApplicationConstants;
import dev.harbor.security.ui.LoginView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.core.env.Environment;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredEvent;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

	/**
	 * The sign-in view's route; named by path so the view class can stay package-private.
	 */
	static final String LOGIN_ROUTE = "/login";

	/**
	 * As narrow as Vaadin Flow allows: its bootstrap is an inline script and it evaluates
	 * the expressions the server sends, so scripts need 'unsafe-inline' and 'unsafe-eval'
	 * and styles 'unsafe-inline'; everything else comes from Harbor itself, nothing may
	 * frame it, and no plugin runs.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
			+ "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Harbor uses none of the browser's devices or sensors. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "bluetooth=(), serial=(), hid=()";

	/**
	 * The management port: health and metrics for the load balancer and the monitoring,
	 * without a session or a sign-in; every other endpoint refused. Kept off the public
	 * network (README).
	 */
	@Bean
	@Order(1)
	SecurityFilterChain managementFilterChain(HttpSecurity http) throws Exception {
		// Any address under the endpoints' base, exposed or not, so an unexposed one is
		// refused here instead of reaching the sign-in rules.
		http.securityMatcher(new OrRequestMatcher(EndpointRequest.toAnyEndpoint(),
				request -> request.getRequestURI().startsWith(request.getContextPath() + "/actuator")))
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to("health", "prometheus"))
				.permitAll()
				.anyRequest()
				.denyAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(
					refusals -> refusals.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.FORBIDDEN)))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, HarborSecurityProperties properties,
			PortalProperties portal, Clock clock, ApplicationEventPublisher events, SessionRegistry sessionRegistry)
			throws Exception {
		http.addFilterBefore(new IdleSessionFilter(properties.idleTimeout(), portal.idleTimeout(), clock, events),
				SecurityContextHolderFilter.class);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/styles/**", "/icons/**", HarborSecurityProperties.SESSION_STATUS_PATH)
			.permitAll());
		// Written before the request is handled: Vaadin's page handler sets its own
		// framing
		// header when it finds none, and the page must carry ours.
		http.headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
			@Override
			public <O extends HeaderWriterFilter> O postProcess(O filter) {
				filter.setShouldWriteHeadersEagerly(true);
				return filter;
			}
		}));
		http.headers(headers -> headers.referrerPolicy(policy -> policy.policy(ReferrerPolicy.SAME_ORIGIN))
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
			.frameOptions(frames -> frames.deny())
			// Sent only over HTTPS (directly or behind a proxy that says so).
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
		// The registry lets an admin end a switched-off account's sessions at once.
		http.sessionManagement(sessions -> sessions.maximumSessions(-1)
			.sessionRegistry(sessionRegistry)
			.expiredSessionStrategy(SecurityConfig::sessionEnded));
		http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
		// After Vaadin's: a right password that needs a second step goes on to it.
		http.with(new SecondStepConfigurer(LOGIN_ROUTE + "?error"), Customizer.withDefaults());
		return http.build();
	}

	/**
	 * Password sign-in, throttled per source address (the only authentication provider,
	 * so Spring builds no unthrottled one beside it).
	 */
	@Bean
	AuthenticationProvider authenticationProvider(HarborUserDetailsService people, PasswordEncoder encoder,
			SignInThrottle throttle, SecondSteps secondSteps, Clock clock) {
		return new ThrottledSignIn(people, encoder, throttle, secondSteps, clock);
	}

	/**
	 * Spring's publisher, told that a throttled attempt is a failed sign-in too, so the
	 * audit trail records it like any other.
	 */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
		events.setAdditionalExceptionMappings(
				Map.of(ThrottledSignIn.SignInThrottledException.class, AuthenticationFailureBadCredentialsEvent.class));
		return events;
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/**
	 * Tells the registry when a servlet session ends, so it does not keep ended sessions.
	 */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/**
	 * A session an admin ended: the page's session check and Vaadin's own requests get
	 * 401 (the page then reloads onto the sign-in page); anything else goes to the
	 * sign-in page.
	 */
	private static void sessionEnded(SessionInformationExpiredEvent event) throws java.io.IOException {
		HttpServletRequest request = event.getRequest();
		boolean pageRequest = request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER) == null
				&& !request.getRequestURI().endsWith(HarborSecurityProperties.SESSION_STATUS_PATH);
		if (pageRequest) {
			event.getResponse().sendRedirect(request.getContextPath() + "/login");
		}
		else {
			event.getResponse().setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		}
	}

	/** Lets method-security refusals reach the audit trail as events. */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

	/**
	 * bcrypt behind Spring's delegating encoder, so a later switch keeps old hashes
	 * readable. Outside the demo profile the demo's published password never matches,
	 * even in a database the demo once seeded.
	 */
	@Bean
	PasswordEncoder passwordEncoder(Environment environment) {
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		return environment.matchesProfiles(DemoAccounts.PROFILE) ? encoder : new PublishedPasswordRefused(encoder);
	}

}
