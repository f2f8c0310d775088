package dev.harbor.schema;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.harbor.client.ClientService;
import dev.harbor.client.NewClient;
import dev.harbor.common.AdditionView;
import dev.harbor.correctiveexperience.CorrectiveExperienceService;
import dev.harbor.correctiveexperience.ExperienceFilter;
import dev.harbor.correctiveexperience.ExperienceView;
import dev.harbor.correctiveexperience.Learning;
import dev.harbor.correctiveexperience.MyExperienceService;
import dev.harbor.correctiveexperience.RepairStep;
import dev.harbor.correctiveexperience.TestExperiences;
import dev.harbor.diary.Behaviour;
import dev.harbor.diary.DiaryEntryView;
import dev.harbor.diary.DiaryFilter;
import dev.harbor.diary.DiaryRelationship;
import dev.harbor.diary.DiaryService;
import dev.harbor.diary.Feeling;
import dev.harbor.diary.MyDiaryService;
import dev.harbor.diary.Need;
import dev.harbor.diary.TestDiary;
import dev.harbor.diary.ThinkingTrap;
import dev.harbor.homework.CompletionView;
import dev.harbor.homework.HomeworkService;
import dev.harbor.homework.MyPracticeService;
import dev.harbor.homework.NewCompletion;
import dev.harbor.homework.PracticeLogService;
import dev.harbor.homework.TestHomework;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;

import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clinician and her client both write, the client adds to entries after review, and the
 * clinician's pages of the diary, the corrective experiences and a practice log show
 * every entry whole: its sets of answers, who wrote it, the additions, the answers in
 * prompt order (an empty one, emoji, right-to-left text and markup kept as written). The
 * page's views match, field for field, what the same entries look like when read one by
 * one. Run on PostgreSQL and on H2, the two databases Harbor runs on.
 */
record WholeEntriesOnAPage(ClientService clients, DiaryService diary, MyDiaryService myDiary,
		CorrectiveExperienceService experiences, MyExperienceService myExperiences, HomeworkService homework,
		PracticeLogService practiceLog, MyPracticeService myPractice, TestAccounts accounts) {

	static final LocalDateTime EVENING = LocalDateTime.of(2026, 11, 18, 20, 0);

	static WholeEntriesOnAPage in(ApplicationContext context) {
		return new WholeEntriesOnAPage(context.getBean(ClientService.class), context.getBean(DiaryService.class),
				context.getBean(MyDiaryService.class), context.getBean(CorrectiveExperienceService.class),
				context.getBean(MyExperienceService.class), context.getBean(HomeworkService.class),
				context.getBean(PracticeLogService.class), context.getBean(MyPracticeService.class),
				context.getBean(TestAccounts.class));
	}

	/** The ids the story wrote, for a caller that looks further. */
	record Written(long client, long mayasEntry, long noorsEntry, long plan) {
	}

	/**
	 * Maya's client Noor, each of them writing, and Noor adding to what Maya reviewed.
	 */
	Written write(HarborUser maya) {
		TestAccounts.signIn(maya);
		long noor = clients.addClient(NewClient.named("Noor Haddad", LocalDate.of(2026, 9, 1)));
		HarborUser noorsAccount = accounts.client(noor, "Noor Haddad");
		long mayasEntry = diary
			.recordEntry(noor,
					TestDiary.entry(EVENING, "A quiet evening", Map.of(), Set.of(), DiaryRelationship.FRIEND))
			.id();
		experiences.recordExperience(noor, TestExperiences.askedForSupport(EVENING, 80, 30));
		long plan = homework.assignHomework(noor, TestHomework.pacedBreathingDaily(LocalDate.of(2026, 11, 1)));
		practiceLog.recordCompletion(plan, new NewCompletion(EVENING, 3, 6, 3, List.of("", "shoulders 😊 كتف"), null));

		TestAccounts.signIn(noorsAccount);
		long noorsEntry = myDiary.writeEntry(TestDiary.lateReply(EVENING.minusHours(1)), true).id();
		long noorsExperience = myExperiences.logExperience(TestExperiences.repair(EVENING.minusHours(1), 70, 40), false)
			.id();
		myPractice.logPractice(plan,
				new NewCompletion(EVENING.minusDays(1), 4, 5, 2, List.of("5", "<b>neck</b>'; drop table x;--"), null));

		TestAccounts.signIn(maya);
		diary.markReviewed(noor, List.of(noorsEntry));
		experiences.markReviewed(noor, List.of(noorsExperience));

		TestAccounts.signIn(noorsAccount);
		myDiary.addToEntry(noorsEntry, "I texted once, then waited");
		myExperiences.addToExperience(noorsExperience, "He brought tea the next morning");
		TestAccounts.signIn(maya);
		return new Written(noor, mayasEntry, noorsEntry, plan);
	}

	/** Signed in as Maya after {@link #write}: each page shows each entry whole. */
	void assertPagesShowEveryEntryWhole(Written written) {
		long noor = written.client();
		Map<Long, DiaryEntryView> oneByOne = byId(
				diary.markReviewed(noor, List.of(written.mayasEntry(), written.noorsEntry())), DiaryEntryView::id);
		List<DiaryEntryView> page = diary.diary(noor, DiaryFilter.ALL, PageRequest.of(0, 25)).getContent();
		assertThat(page).extracting(DiaryEntryView::id).containsExactly(written.mayasEntry(), written.noorsEntry());
		assertThat(page).allSatisfy(view -> assertThat(view).isEqualTo(oneByOne.get(view.id())));
		DiaryEntryView mayas = page.get(0);
		assertThat(mayas.enteredByName()).isEqualTo("Maya Okafor");
		assertThat(mayas.feelings()).isEmpty();
		assertThat(mayas.entry().behaviours()).containsExactly(Behaviour.WENT_QUIET);
		assertThat(mayas.additions()).isEmpty();
		DiaryEntryView noors = page.get(1);
		assertThat(noors.enteredByName()).isEqualTo("Noor Haddad");
		assertThat(noors.feelings()).containsExactlyInAnyOrderEntriesOf(Map.of(Feeling.FEAR, 70, Feeling.SHAME, 40));
		assertThat(noors.entry().behaviours()).containsExactly(Behaviour.SOUGHT_REASSURANCE);
		assertThat(noors.needs()).containsExactly(Need.SECURITY);
		assertThat(noors.entry().traps()).containsExactly(ThinkingTrap.MIND_READING);
		assertThat(noors.additions()).extracting(AdditionView::text).containsExactly("I texted once, then waited");

		List<ExperienceView> experiencePage = experiences.experiences(noor, ExperienceFilter.ALL, PageRequest.of(0, 25))
			.getContent();
		Map<Long, ExperienceView> experiencesOneByOne = byId(
				experiences.markReviewed(noor, experiencePage.stream().map(ExperienceView::id).toList()),
				ExperienceView::id);
		experiencePage = experiences.experiences(noor, ExperienceFilter.ALL, PageRequest.of(0, 25)).getContent();
		assertThat(experiencePage).allSatisfy(view -> assertThat(view).isEqualTo(experiencesOneByOne.get(view.id())));
		assertThat(experiencePage).extracting(view -> view.experience().learnedAbout())
			.containsExactly(Set.of(Learning.TIMING, Learning.WORDING), Set.of(Learning.TONE));
		assertThat(experiencePage).extracting(view -> view.experience().repairSteps())
			.containsExactly(Set.of(),
					Set.of(RepairStep.IMPACT_ACKNOWLEDGED, RepairStep.WISH_TO_UNDERSTAND, RepairStep.CONCRETE_STEP));
		assertThat(experiencePage.get(1).enteredByName()).isEqualTo("Noor Haddad");
		assertThat(experiencePage.get(1).additions()).extracting(AdditionView::text)
			.containsExactly("He brought tea the next morning");

		List<CompletionView> practices = practiceLog.practiceLog(written.plan(), PageRequest.of(0, 25)).getContent();
		assertThat(practices).extracting(CompletionView::enteredByName).containsExactly("Maya Okafor", "Noor Haddad");
		assertThat(practices).extracting(CompletionView::answers)
			.containsExactly(List.of("", "shoulders 😊 كتف"), List.of("5", "<b>neck</b>'; drop table x;--"));
	}

	private static <V> Map<Long, V> byId(List<V> views, Function<V, Long> id) {
		return views.stream().collect(Collectors.toMap(id, Function.identity()));
	}

}
