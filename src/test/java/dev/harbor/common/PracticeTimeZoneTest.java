package dev.harbor.common;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PracticeTimeZoneTest {

	@Test
	void a_named_zone_is_the_practices_and_none_means_the_servers() {
		assertThat(PracticeTimeZone.parse(" Europe/Amsterdam ")).isEqualTo(ZoneId.of("Europe/Amsterdam"));
		assertThat(PracticeTimeZone.parse("")).isEqualTo(ZoneId.systemDefault());
	}

	@Test
	void a_name_that_is_no_time_zone_stops_the_start_and_says_what_to_set() {
		assertThatThrownBy(() -> PracticeTimeZone.parse("Amsterdam")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("HARBOR_TIME_ZONE")
			.hasMessageContaining("Europe/Amsterdam");
	}

}
