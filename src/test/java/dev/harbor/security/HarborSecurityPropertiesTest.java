package dev.harbor.security;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HarborSecurityPropertiesTest {

	@Test
	void the_defaults_are_fifteen_minutes_idle_and_five_tries_then_fifteen_minutes_rest() {
		HarborSecurityProperties properties = bind(Map.of());

		assertThat(properties.idleTimeout()).isEqualTo(Duration.ofMinutes(15));
		assertThat(properties.maxFailedLogins()).isEqualTo(5);
		assertThat(properties.lockoutDuration()).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void every_rule_can_be_set_down_to_seconds() {
		HarborSecurityProperties properties = bind(Map.of("harbor.security.idle-timeout", "20s",
				"harbor.security.max-failed-logins", "3", "harbor.security.lockout-duration", "90s"));

		assertThat(properties.idleTimeout()).isEqualTo(Duration.ofSeconds(20));
		assertThat(properties.maxFailedLogins()).isEqualTo(3);
		assertThat(properties.lockoutDuration()).isEqualTo(Duration.ofSeconds(90));
	}

	@Test
	void nonsense_values_stop_the_app_instead_of_switching_a_rule_off() {
		assertThatThrownBy(() -> bind(Map.of("harbor.security.idle-timeout", "0s"))).isInstanceOf(BindException.class);
		assertThatThrownBy(() -> bind(Map.of("harbor.security.max-failed-logins", "0")))
			.isInstanceOf(BindException.class);
	}

	@Test
	void an_open_page_checks_its_session_every_third_of_the_timeout_but_at_least_every_thirty_seconds() {
		assertThat(bind(Map.of()).sessionCheckInterval()).isEqualTo(Duration.ofSeconds(30));
		assertThat(bind(Map.of("harbor.security.idle-timeout", "60s")).sessionCheckInterval())
			.isEqualTo(Duration.ofSeconds(20));
		assertThat(bind(Map.of("harbor.security.idle-timeout", "2s")).sessionCheckInterval())
			.isEqualTo(Duration.ofSeconds(1));
	}

	private static HarborSecurityProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("harbor.security",
				HarborSecurityProperties.class);
	}

}
