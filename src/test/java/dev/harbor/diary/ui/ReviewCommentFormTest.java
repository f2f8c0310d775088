package dev.harbor.diary.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import dev.harbor.client.ClientService;
import dev.harbor.client.TestClients;
import dev.harbor.common.ui.ReviewControls;
import dev.harbor.diary.DiaryEntryView;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.TestDiary;
import dev.harbor.security.HarborUser;
import dev.harbor.testsupport.FormFields.BadValue;
import dev.harbor.testsupport.KaribuTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.harbor.testsupport.FormFields.TOO_LONG;
import static dev.harbor.testsupport.FormFields.INVISIBLE;
import static dev.harbor.testsupport.FormFields.assertRefusedOnlyAt;
import static dev.harbor.testsupport.FormFields.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maya comments on one of Noor's diary entries with something that does not fit: the
 * comment is refused beside it and the entry keeps no comment.
 */
class ReviewCommentFormTest extends KaribuTest {

	@Autowired
	ClientService clients;

	@Autowired
	DiaryService diary;

	static Stream<BadValue> badValues() {
		return Stream.of(new BadValue("Your comment", "x".repeat(1001), TOO_LONG),
				new BadValue("Your comment", "Worth asking\u0007", INVISIBLE));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badValues")
	void a_comment_that_does_not_fit_is_refused_beside_it_and_not_saved(BadValue bad) {
		clock.set(Instant.parse("2026-11-13T17:00:00Z"));
		HarborUser maya = accounts.clinician("Maya Okafor");
		long noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		signInAndOpen(maya, "clients/" + noor);
		diary.recordEntry(noor, TestDiary.lateReply(LocalDateTime.parse("2026-11-12T21:00")));
		UI.getCurrent().navigate("clients/" + noor, QueryParameters.of("tab", "diary"));
		@SuppressWarnings("unchecked")
		Grid<DiaryEntryView> grid = _get(Grid.class);
		GridKt._clickItem(grid, 0);
		ReviewControls review = _get(ReviewControls.class);

		type(review, bad.label(), bad.value());
		_click(_get(review, Button.class, spec -> spec.withText("Save comment")));

		assertRefusedOnlyAt(review, bad.shownAt(), bad.message());
		assertThat(database.jdbc()
			.queryForObject("select count(*) from diary_entry where comment is not null", Long.class)).isZero();
	}

}
