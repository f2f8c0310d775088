package dev.harbor.diary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.harbor.client.ClientToReview;
import dev.harbor.client.ClientService;
import dev.harbor.common.ConcurrentEditException;
import dev.harbor.client.TestClients;
import dev.harbor.common.InvalidInputException;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.therapysession.NewSession;
import dev.harbor.therapysession.TherapySessionService;
import dev.harbor.testsupport.HarborSpringTest;
import dev.harbor.testsupport.MutableClock;
import dev.harbor.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static dev.harbor.diary.TestDiary.entry;
import static dev.harbor.diary.TestDiary.lateReply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Entering, filtering, reviewing, patterns and import of a client's trigger diary. */
@HarborSpringTest
class DiaryServiceTest {

	static final LocalDateTime MONDAY_EVENING = LocalDateTime.of(2026, 11, 2, 19, 30);

	@Autowired
	DiaryService diary;

	@Autowired
	ClientService clients;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestDatabase database;

	@Autowired
	MutableClock clock;

	@Autowired
	TherapySessionService sessions;

	HarborUser maya;

	long noor;

	@BeforeEach
	void aClinicianWithAClient() {
		database.clean();
		clock.set(Instant.parse("2026-11-20T09:00:00Z"));
		maya = accounts.clinician("Maya Okafor");
		noor = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
	}

	@AfterEach
	void signOut() {
		TestAccounts.signOut();
	}

	@Test
	void an_entry_keeps_every_field_and_who_entered_it_and_when() {
		DiaryEntryView saved = diary.recordEntry(noor, lateReply(MONDAY_EVENING));

		DiaryEntryView read = diary.diary(noor, DiaryFilter.ALL, PageRequest.of(0, 10)).getContent().getFirst();
		assertThat(read.entry()).isEqualTo(lateReply(MONDAY_EVENING));
		assertThat(read.enteredByName()).isEqualTo("Maya Okafor");
		assertThat(read.enteredAt()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
		assertThat(read.source()).isEqualTo(DiarySource.TYPED);
		assertThat(read.reviewed()).isFalse();
		assertThat(saved.id()).isEqualTo(read.id());
	}

	@Test
	void filters_narrow_by_need_feeling_relationship_dates_and_review_state_newest_first() {
		long first = diary
			.recordEntry(noor,
					entry(MONDAY_EVENING, "Partner late", Map.of(Feeling.FEAR, 80), Set.of(Need.SECURITY),
							DiaryRelationship.PARTNER))
			.id();
		long second = diary
			.recordEntry(noor,
					entry(MONDAY_EVENING.plusDays(1), "Boss ignored my idea", Map.of(Feeling.ANGER, 50),
							Set.of(Need.APPRECIATION), DiaryRelationship.COLLEAGUE))
			.id();
		long third = diary
			.recordEntry(noor,
					entry(MONDAY_EVENING.plusDays(2), "Friend cancelled", Map.of(Feeling.SADNESS, 60, Feeling.FEAR, 30),
							Set.of(Need.SECURITY, Need.CONNECTION), DiaryRelationship.FRIEND))
			.id();
		diary.markReviewed(noor, List.of(first));

		assertThat(ids(DiaryFilter.ALL)).containsExactly(third, second, first);
		assertThat(ids(DiaryFilter.ALL.withNeed(Need.SECURITY))).containsExactly(third, first);
		assertThat(ids(new DiaryFilter(null, null, Feeling.FEAR, null, null, null, null, null, false)))
			.containsExactly(third, first);
		assertThat(ids(new DiaryFilter(null, null, null, null, null, null, DiaryRelationship.COLLEAGUE, null, false)))
			.containsExactly(second);
		assertThat(ids(new DiaryFilter(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3), null, null, null, null,
				null, null, false)))
			.containsExactly(second);
		assertThat(ids(new DiaryFilter(null, null, null, null, null, null, null, false, false))).containsExactly(third,
				second);
	}

	@Test
	void reviewing_commenting_and_flagging_change_the_to_review_list() {
		long first = diary.recordEntry(noor, lateReply(MONDAY_EVENING)).id();
		long second = diary.recordEntry(noor, lateReply(MONDAY_EVENING.plusDays(1))).id();
		DiaryEntryView third = diary.recordEntry(noor, lateReply(MONDAY_EVENING.plusDays(2)));
		assertThat(diary.myDiaryToReview()).extracting(ClientToReview::unreviewed, ClientToReview::flagged)
			.containsExactly(tuple(3, 0));

		assertThat(diary.markReviewed(noor, List.of(first, second))).hasSize(2).allMatch(DiaryEntryView::reviewed);
		DiaryEntryView flagged = diary.flag(third.id(), third.version(), true);
		DiaryEntryView commented = diary.comment(flagged.id(), flagged.version(), "Bring the walk idea back");

		assertThat(commented.comment()).isEqualTo("Bring the walk idea back");
		assertThat(commented.flagged()).isTrue();
		assertThat(diary.myDiaryToReview()).extracting(ClientToReview::unreviewed, ClientToReview::flagged)
			.containsExactly(tuple(1, 1));
		assertThatThrownBy(() -> diary.flag(third.id(), third.version(), false))
			.isInstanceOf(ConcurrentEditException.class);
	}

	@Test
	void patterns_count_needs_by_relationship_feelings_by_week_and_frequent_traps() {
		diary.recordEntry(noor, lateReply(MONDAY_EVENING));
		diary.recordEntry(noor, lateReply(MONDAY_EVENING.plusDays(1)));
		diary.recordEntry(noor,
				entry(MONDAY_EVENING.plusDays(7), "Mum criticised my cooking",
						Map.of(Feeling.FEAR, 30, Feeling.ANGER, 60), Set.of(Need.APPRECIATION, Need.SECURITY),
						DiaryRelationship.PARENT));

		DiaryPatterns patterns = diary.patterns(noor, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

		assertThat(patterns.entries()).isEqualTo(3);
		assertThat(patterns.needCount(Need.SECURITY, DiaryRelationship.PARTNER)).isEqualTo(2);
		assertThat(patterns.needCount(Need.SECURITY, DiaryRelationship.PARENT)).isEqualTo(1);
		assertThat(patterns.needCount(Need.APPRECIATION, DiaryRelationship.PARENT)).isEqualTo(1);
		assertThat(patterns.feelingsByWeek())
			.extracting(FeelingWeek::monday, FeelingWeek::feeling, FeelingWeek::averageIntensity)
			.contains(tuple(LocalDate.of(2026, 11, 2), Feeling.FEAR, 70.0),
					tuple(LocalDate.of(2026, 11, 9), Feeling.FEAR, 30.0),
					tuple(LocalDate.of(2026, 11, 9), Feeling.ANGER, 60.0));
		assertThat(patterns.traps()).containsExactly(new Tally<>(ThinkingTrap.MIND_READING, 2));
		assertThat(patterns.behaviours().getFirst()).isEqualTo(new Tally<>(Behaviour.SOUGHT_REASSURANCE, 2));
	}

	@Test
	void bad_entries_are_refused_with_the_field_named_and_nothing_is_saved() {
		assertRefused(entry(null, "x", Map.of(), Set.of(), DiaryRelationship.PARTNER), "happenedAt");
		assertRefused(entry(LocalDateTime.of(2027, 1, 1, 9, 0), "x", Map.of(), Set.of(), DiaryRelationship.PARTNER),
				"happenedAt");
		assertRefused(entry(MONDAY_EVENING, " ", Map.of(), Set.of(), DiaryRelationship.PARTNER), "situation");
		assertRefused(entry(MONDAY_EVENING, "x".repeat(2001), Map.of(), Set.of(), DiaryRelationship.PARTNER),
				"situation");
		assertRefused(entry(MONDAY_EVENING, "x", Map.of(Feeling.FEAR, 101), Set.of(), DiaryRelationship.PARTNER),
				"feelings");
		assertRefused(entry(MONDAY_EVENING, "x", Map.of(), Set.of(), null), "relationship");
		assertThat(database.count("diary_entry")).isZero();
	}

	@Test
	void a_clean_file_is_imported_and_a_second_import_skips_what_is_already_there() {
		String csv = """
				happened_at,written_at,situation,thoughts,feelings,behaviours,needs,thinking_traps,relationship
				2026-11-03T20:10,2026-11-04T08:00,No goodnight text,He is bored of me,fear:70; shame:30,sought_reassurance,security,mind_reading,partner
				2026-11-05 18:00,,Colleague took credit,,anger:60,went_quiet,appreciation,,colleague
				""";

		ImportReport first = diary.importDiary(noor, "diary.csv", csv.getBytes(StandardCharsets.UTF_8));
		ImportReport again = diary.importDiary(noor, "diary.csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(first.imported()).isEqualTo(2);
		assertThat(again.imported()).isZero();
		assertThat(again.duplicateLines()).containsExactly(2, 3);
		assertThat(database.count("diary_entry")).isEqualTo(2);
		assertThat(diary.diary(noor, DiaryFilter.ALL, PageRequest.of(0, 5)).getContent())
			.extracting(view -> view.entry().situation(), DiaryEntryView::source)
			.containsExactly(tuple("Colleague took credit", DiarySource.IMPORTED),
					tuple("No goodnight text", DiarySource.IMPORTED));
	}

	@Test
	void a_file_with_three_bad_rows_is_reported_line_by_line_and_nothing_is_imported() {
		String csv = """
				happened_at,situation,feelings,relationship
				2026-11-03T20:10,Fine row,fear:20,partner
				yesterday,Bad time,,partner
				2026-11-04T20:10,,fear:20,partner
				2026-11-05T20:10,Too intense,fear:250,friend
				2026-11-06T20:10,Unknown relationship,,neighbour
				""";

		ImportReport report = diary.importDiary(noor, "diary.csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(report.imported()).isZero();
		assertThat(report.problems()).extracting(ImportReport.Problem::line, ImportReport.Problem::field)
			.containsExactly(tuple(3, "happenedAt"), tuple(4, "situation"), tuple(5, "feelings"),
					tuple(6, "relationship"));
		assertThat(database.count("diary_entry")).isZero();
	}

	@Test
	void a_json_file_with_duplicates_emoji_rtl_and_html_is_imported_verbatim() {
		String json = """
				[
				  {"happened_at": "2026-11-03T20:10", "situation": "😔 <b>He left</b> <script>x()</script>",
				   "feelings": {"sadness": 80}, "needs": ["connection"], "relationship": "partner"},
				  {"happened_at": "2026-11-04T20:10", "situation": "لم يرد على رسالتي", "relationship": "friend"},
				  {"happened_at": "2026-11-04T20:10", "situation": "לא ענה לי", "relationship": "friend"},
				  {"happened_at": "2026-11-03T20:10", "situation": "😔 <b>He left</b> <script>x()</script>",
				   "relationship": "partner"}
				]
				""";

		ImportReport report = diary.importDiary(noor, "export.json", json.getBytes(StandardCharsets.UTF_8));

		assertThat(report.imported()).isEqualTo(3);
		assertThat(report.duplicateLines()).containsExactly(6);
		assertThat(database.jdbc()
			.queryForList("select situation from diary_entry order by happened_at, id", String.class))
			.containsExactly("😔 <b>He left</b> <script>x()</script>", "لم يرد على رسالتي", "לא ענה לי");
	}

	@ParameterizedTest
	@ValueSource(strings = { "docs/diary-import-example.csv", "docs/diary-import-example.json" })
	void the_example_files_in_the_readme_import_cleanly(String file) throws IOException {
		ImportReport report = diary.importDiary(noor, file, Files.readAllBytes(Path.of(file)));

		assertThat(report.problems()).isEmpty();
		assertThat(report.imported()).isEqualTo(2);
		assertThat(diary.diary(noor, DiaryFilter.ALL, PageRequest.of(0, 5)).getContent().getLast().entry().feelings())
			.containsEntry(Feeling.FEAR, 80)
			.containsEntry(Feeling.SHAME, 40);
	}

	@Test
	void files_that_are_not_csv_or_json_empty_or_too_large_are_refused_whole() {
		assertThat(fileProblem("photo.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff }))
			.isEqualTo("diary.import.notCsvOrJson");
		assertThat(fileProblem("notes.txt", "happened_at,situation,relationship".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("diary.import.notCsvOrJson");
		assertThat(fileProblem("diary.csv", new byte[0])).isEqualTo("diary.import.empty");
		assertThat(fileProblem("diary.csv", new byte[DiaryImport.MAX_BYTES + 1])).isEqualTo("diary.import.tooLarge");
		assertThat(fileProblem("diary.csv", "when,what\n1,2\n".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("diary.import.header");
		assertThat(database.count("diary_entry")).isZero();
	}

	@Test
	void entries_reviewed_while_a_session_is_open_are_linked_to_it_and_listed_with_it() {
		long earlier = diary.recordEntry(noor, lateReply(MONDAY_EVENING)).id();
		long flagged = diary.recordEntry(noor, lateReply(MONDAY_EVENING.plusDays(1))).id();
		long untouched = diary.recordEntry(noor, lateReply(MONDAY_EVENING.plusDays(2))).id();
		diary.markReviewed(noor, List.of(earlier));
		Instant reviewedBefore = diary.diary(noor, DiaryFilter.ALL, PageRequest.of(0, 10))
			.stream()
			.filter(view -> view.id() == earlier)
			.findFirst()
			.orElseThrow()
			.reviewedAt();
		clock.set(Instant.parse("2026-11-20T10:15:00Z"));
		long session = sessions.startSession(noor, new NewSession(LocalDateTime.of(2026, 11, 20, 10, 0), 50)).id();

		List<DiaryEntryView> reviewed = diary.markReviewedInSession(noor, session, List.of(earlier, flagged));

		assertThat(reviewed).extracting(DiaryEntryView::id, DiaryEntryView::reviewedInSession)
			.containsExactlyInAnyOrder(tuple(earlier, session), tuple(flagged, session));
		assertThat(reviewed).filteredOn(view -> view.id() == earlier)
			.extracting(DiaryEntryView::reviewedAt)
			.as("an entry reviewed before keeps its date and gains the link")
			.containsExactly(reviewedBefore);
		assertThat(diary.reviewedInSession(noor, session)).extracting(DiaryEntryView::id)
			.containsExactly(earlier, flagged);
		assertThat(diary.diary(noor, DiaryFilter.ALL, PageRequest.of(0, 10))).filteredOn(view -> view.id() == untouched)
			.extracting(DiaryEntryView::reviewedInSession)
			.containsExactly((Long) null);
		assertThat(database.jdbc()
			.queryForList("select detail from audit_event where client_id = ? and subject_type = 'DIARY' "
					+ "and detail like 'reviewed%' order by id", String.class, noor))
			.containsExactly("reviewed 1", "reviewed 2 in session " + session);
	}

	@Test
	void an_entry_is_not_linked_to_a_session_of_another_of_my_clients() {
		long rowan = TestClients.aClientOf(clients, maya, "Rowan Ashby");
		TestAccounts.signIn(maya);
		long rowansSession = sessions.startSession(rowan, new NewSession(LocalDateTime.of(2026, 11, 20, 10, 0), 50))
			.id();
		long entry = diary.recordEntry(noor, lateReply(MONDAY_EVENING)).id();

		assertThatThrownBy(() -> diary.markReviewedInSession(noor, rowansSession, List.of(entry)))
			.isInstanceOf(DiaryNotFoundException.class);

		assertThat(database.jdbc()
			.queryForMap("select reviewed_at, reviewed_in_session from diary_entry where id = ?", entry))
			.containsEntry("reviewed_at", null)
			.containsEntry("reviewed_in_session", null);
	}

	@Test
	void every_read_and_change_leaves_an_audit_event_naming_the_client() {
		DiaryEntryView entry = diary.recordEntry(noor, lateReply(MONDAY_EVENING));
		diary.diary(noor, DiaryFilter.ALL, PageRequest.of(0, 10));
		DiaryEntryView commented = diary.comment(entry.id(), entry.version(), "Noted");
		diary.flag(commented.id(), commented.version(), true);
		diary.markReviewed(noor, List.of(entry.id()));
		diary.patterns(noor, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
		diary.importDiary(noor, "d.csv",
				"happened_at,situation,relationship\n2026-11-03T10:00,x,partner\n".getBytes(StandardCharsets.UTF_8));

		assertThat(database.jdbc().queryForList("""
				select action || ' ' || detail from audit_event
				where client_id = ? and subject_type = 'DIARY' order by id""", String.class, noor)).containsExactly(
				"CREATE diary entry added", "VIEW viewed diary", "CHANGE commented", "CHANGE flagged",
				"CHANGE reviewed 1", "VIEW viewed diary patterns", "CREATE imported 1 entries");
	}

	private String fileProblem(String name, byte[] content) {
		ImportReport report = diary.importDiary(noor, name, content);
		assertThat(report.problems()).hasSize(1);
		assertThat(report.problems().getFirst().line()).isZero();
		return report.problems().getFirst().messageKey();
	}

	private List<Long> ids(DiaryFilter filter) {
		return diary.diary(noor, filter, PageRequest.of(0, 50)).map(DiaryEntryView::id).getContent();
	}

	private void assertRefused(NewDiaryEntry entry, String field) {
		assertThatThrownBy(() -> diary.recordEntry(noor, entry)).isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo(field);
	}

}
