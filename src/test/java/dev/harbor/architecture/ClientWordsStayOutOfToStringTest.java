package dev.harbor.architecture;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.harbor.client.ClientContact;
import dev.harbor.client.ClientToReview;
import dev.harbor.common.i18n.Language;
import dev.harbor.common.EnteredBy;
import dev.harbor.correctiveexperience.ExperienceView;
import dev.harbor.correctiveexperience.MyExperience;
import dev.harbor.correctiveexperience.NewExperience;
import dev.harbor.correctiveexperience.Risk;
import dev.harbor.correctiveexperience.Setting;
import dev.harbor.diary.DiaryEntryView;
import dev.harbor.diary.DiaryRelationship;
import dev.harbor.diary.DiarySource;
import dev.harbor.diary.Feeling;
import dev.harbor.diary.MyDiaryEntry;
import dev.harbor.diary.NewDiaryEntry;
import dev.harbor.homework.CompletionView;
import dev.harbor.homework.MissedReason;
import dev.harbor.homework.MissedView;
import dev.harbor.homework.NewAssignment;
import dev.harbor.homework.NewCompletion;
import dev.harbor.homework.OverdueHomework;
import dev.harbor.homework.RecentPractice;
import dev.harbor.homework.TemplateRef;
import dev.harbor.portal.Invitation;
import dev.harbor.report.Handout;
import dev.harbor.report.SessionSummary;
import dev.harbor.common.AdditionView;
import dev.harbor.review.Draft;
import dev.harbor.security.PortalState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records that carry what clients wrote, or their names, print only ids and kinds: a
 * record's default {@code toString} prints every field, and strings end up in logs.
 */
class ClientWordsStayOutOfToStringTest {

	static final String SECRET = "Noor-secret-words";

	@Test
	void records_with_client_words_or_names_print_ids_only() {
		LocalDateTime now = LocalDateTime.of(2026, 11, 2, 20, 0);
		NewDiaryEntry entry = new NewDiaryEntry(now, null, SECRET, SECRET, Map.of(Feeling.FEAR, 50), SECRET, Set.of(),
				Set.of(), Set.of(), SECRET, SECRET, DiaryRelationship.PARTNER);
		NewExperience experience = new NewExperience(now, Setting.FRIEND, Risk.ASKED_FOR_SUPPORT, SECRET, 80, SECRET,
				30, SECRET, Set.of(), SECRET, Set.of());
		List<AdditionView> additions = List.of(new AdditionView(SECRET, Instant.EPOCH));
		List<Object> records = List.of(entry,
				new DiaryEntryView(1, 0, 2, entry, DiarySource.TYPED, SECRET, EnteredBy.CLINICIAN, Instant.EPOCH, null,
						SECRET, false, 7L, true, additions),
				new MyDiaryEntry(1, 0, entry, true, false, Instant.EPOCH, additions), experience,
				new ExperienceView(1, 0, 2, experience, SECRET, EnteredBy.CLINICIAN, Instant.EPOCH, null, SECRET, true,
						7L, false, additions),
				new MyExperience(1, 0, experience, false, true, Instant.EPOCH, additions), additions.get(0),
				new Draft(Map.of("situation", SECRET), Instant.EPOCH),
				new ClientContact(SECRET, SECRET, false, Language.ENGLISH),
				new PortalState(PortalState.Stage.INVITED, Instant.EPOCH, null, null, SECRET),
				new Invitation(SECRET, SECRET, Instant.EPOCH, Invitation.Mail.SENT),
				new NewCompletion(now, 3, 5, 2, List.of(SECRET), SECRET),
				new CompletionView(1, 0, 2, now, 3, 5, 2, List.of(SECRET), SECRET, SECRET, EnteredBy.CLINICIAN,
						Instant.EPOCH, null, true, SECRET),
				new NewAssignment(new TemplateRef.BuiltIn("paced_breathing"), LocalDate.EPOCH, null, null, 3, null,
						SECRET),
				new MissedView(1, LocalDate.EPOCH, MissedReason.OTHER, SECRET),
				new RecentPractice(1, SECRET, SECRET, now, 3, 5, 2), new OverdueHomework(1, 2, SECRET, SECRET, null),
				new ClientToReview(1, SECRET, 2, 1), new SessionSummary.Flagged(LocalDate.EPOCH, SECRET),
				new SessionSummary.Experience(LocalDate.EPOCH, SECRET, SECRET, 80, SECRET, 30, SECRET),
				new Handout.Exercise("Paced breathing", SECRET, List.of(SECRET), SECRET, SECRET, List.of()));

		assertThat(records).allSatisfy(record -> assertThat(record.toString()).doesNotContain(SECRET));
	}

}
