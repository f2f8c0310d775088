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
	void the_default_is_fifteen_minutes_idle() {
		assertThat(bind(Map.of()).idleTimeout()).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void the_idle_timeout_can_be_set_down_to_seconds() {
		assertThat(bind(Map.of("harbor.security.idle-timeout", "20s")).idleTimeout()).isEqualTo(Duration.ofSeconds(20));
	}

	@Test
	void nonsense_values_stop_the_app_instead_of_switching_a_rule_off() {
		assertThatThrownBy(() -> bind(Map.of("harbor.security.idle-timeout", "0s"))).isInstanceOf(BindException.class);
		assertThatThrownBy(() -> bind(Map.of("harbor.security.idle-timeout", "-5m"))).isInstanceOf(BindException.class);
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
