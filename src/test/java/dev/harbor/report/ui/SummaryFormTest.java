package dev.harbor.report.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.security.HarborUser;
import dev.harbor.testsupport.FormFields.BadValue;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.harbor.testsupport.FormFields.assertRefusedOnlyAt;
import static dev.harbor.testsupport.FormFields.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maya asks for a summary or a handout with one choice wrong at a time: the problem is
 * named beside its field and nothing is exported.
 */
class SummaryFormTest extends KaribuTest {

	static final String PERIOD = "Please choose a period of at most two years, ending on or after it starts, and not starting in the future.";

	@Autowired
	ClientService clients;

	static Stream<BadValue> badValues() {
		return Stream.of(new BadValue("From", null, PERIOD), new BadValue("To", null, PERIOD, "From"),
				new BadValue("From", LocalDate.parse("2026-11-20"), PERIOD),
				new BadValue("To", LocalDate.parse("2026-10-01"), PERIOD, "From"),
				new BadValue("From", LocalDate.parse("2023-06-01"), PERIOD));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badValues")
	void a_summary_with_a_bad_period_is_refused_beside_it_and_nothing_is_exported(BadValue bad) {
		SummaryPanel panel = openSummary();

		type(panel, bad.label(), bad.value());
		DownloadKt._download(_get(Anchor.class, spec -> spec.withText("Download the summary (PDF)")));
		MockVaadin.runUIQueue();

		assertRefusedOnlyAt(panel, bad.shownAt(), bad.message());
		assertThat(exports()).isZero();
	}

	static Stream<BadValue> weeks() {
		String weeks = "Please enter a whole number from 1 to 8.";
		return Stream.of(new BadValue("Weeks until the next session", "0", weeks),
				new BadValue("Weeks until the next session", "9", weeks),
				new BadValue("Weeks until the next session", "two", weeks),
				new BadValue("Weeks until the next session", "", "Please choose 1 to 8 weeks."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("weeks")
	void a_handout_for_a_bad_number_of_weeks_is_refused_beside_it_and_nothing_is_exported(BadValue bad) {
		SummaryPanel panel = openSummary();

		type(panel, bad.label(), bad.value());
		DownloadKt._download(_get(Anchor.class, spec -> spec.withText("Download the handout (PDF)")));
		MockVaadin.runUIQueue();

		assertRefusedOnlyAt(panel, bad.shownAt(), bad.message());
		assertThat(exports()).isZero();
	}

	private SummaryPanel openSummary() {
		clock.set(Instant.parse("2026-11-17T10:00:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		signInAndOpen(maya, "clients/" + noor);
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "summary"));
		return _get(SummaryPanel.class);
	}

	private long exports() {
		return database.jdbc().queryForObject("select count(*) from audit_event where action = 'EXPORT'", Long.class);
	}

}
