package dev.harbor.homework;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import dev.harbor.audit.AuditAction;
import dev.harbor.audit.AuditService;
import dev.harbor.audit.AuditSubject;
import dev.harbor.common.ConcurrentEditException;
import dev.harbor.common.NotClientScoped;
import dev.harbor.common.i18n.HarborI18nProvider;
import dev.harbor.security.CurrentUser;
import dev.harbor.security.Role;
import dev.harbor.security.UserAccountService;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exercise library: the built-ins (read-only, words from the translation bundle), my
 * own exercises, and those colleagues shared. It holds no client data, so browsing is not
 * audited; writing and sharing an exercise is.
 */
@Service
public class ExerciseLibraryService {

	private final ExerciseTemplateRepository templates;

	private final ExerciseTexts texts;

	private final UserAccountService accounts;

	private final HarborI18nProvider words;

	private final CurrentUser currentUser;

	private final AuditService audit;

	private final Clock clock;

	ExerciseLibraryService(ExerciseTemplateRepository templates, ExerciseTexts texts, UserAccountService accounts,
			HarborI18nProvider words, CurrentUser currentUser, AuditService audit, Clock clock) {
		this.templates = templates;
		this.texts = texts;
		this.accounts = accounts;
		this.words = words;
		this.currentUser = currentUser;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Exercises in a category (or all) whose name, purpose or steps contain the text (any
	 * case): built-ins first, then mine and my colleagues' shared ones.
	 */
	@Transactional(readOnly = true)
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("The exercise library holds no client data; colleagues' private exercises are left out (HomeworkIsolationTest)")
	public List<LibraryEntry> browse(@Nullable ExerciseCategory category, @Nullable String text, Locale locale) {
		String wanted = text == null ? "" : text.strip().toLowerCase(locale);
		return allEntries(locale).stream()
			.filter(entry -> category == null || entry.text().category() == category)
			.filter(entry -> wanted.isEmpty() || searchableText(entry.text(), locale).contains(wanted))
			.toList();
	}

	/** One exercise I may use. */
	@Transactional(readOnly = true)
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("One library exercise, no client data; a colleague's private exercise is refused (HomeworkIsolationTest)")
	public LibraryEntry exercise(TemplateRef ref, Locale locale) {
		return switch (ref) {
			case TemplateRef.BuiltIn builtIn -> builtInEntry(ExerciseTexts.builtIn(builtIn.key())
				.orElseThrow(() -> new HomeworkNotFoundException("exercise", builtIn.key())), locale);
			case TemplateRef.Own own -> {
				ExerciseTemplate template = readableTemplate(own.templateId());
				yield entryOf(template, accounts.displayNames(List.of(template.getOwnerId())));
			}
		};
	}

	/**
	 * Copies a built-in or a shared exercise into my own, to adapt. The copy is private
	 * until I share it.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("Copies a library exercise into the caller's own; no client data, and a colleague's private exercise is refused (HomeworkIsolationTest)")
	public LibraryEntry copyExercise(TemplateRef ref, Locale locale) {
		ExerciseText original = texts.readable(ref, me(), locale);
		String name = words.getTranslation("library.copy.name", locale, original.name());
		ExerciseText copy = new ExerciseText(original.category(),
				name.length() > ExerciseText.NAME_MAX ? original.name() : name, original.purpose(), original.steps(),
				original.prompts(), original.startMinutes(), original.rhythm());
		String copiedFrom = ref instanceof TemplateRef.BuiltIn builtIn ? builtIn.key() : null;
		return saved(new ExerciseTemplate(me(), copy, copiedFrom, clock.instant()), AuditAction.CREATE, "copied");
	}

	/** A new exercise of my own, written from scratch. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	@NotClientScoped("Writes a new exercise of the caller's own; no client data")
	public LibraryEntry writeExercise(ExerciseText text) {
		ExerciseText checked = ExerciseTexts.checked(text);
		return saved(new ExerciseTemplate(me(), checked, null, clock.instant()), AuditAction.CREATE, "written");
	}

	/**
	 * Rewrites one of my exercises. Clients it was already assigned to keep the words
	 * they were given.
	 */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public LibraryEntry rewriteExercise(long templateId, long version, ExerciseText text) {
		ExerciseText checked = ExerciseTexts.checked(text);
		ExerciseTemplate template = myTemplateAtVersion(templateId, version);
		template.rewrite(checked, clock.instant());
		return saved(template, AuditAction.CHANGE, "rewritten");
	}

	/** Shares one of my exercises with the practice, or makes it private again. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public LibraryEntry shareExercise(long templateId, long version, boolean shared) {
		ExerciseTemplate template = myTemplateAtVersion(templateId, version);
		template.share(shared, clock.instant());
		return saved(template, AuditAction.CHANGE, shared ? "shared" : "made private");
	}

	/** Takes one of my exercises out of the library; assignments keep their copy. */
	@Transactional
	@RolesAllowed(Role.Names.CLINICIAN)
	public void archiveExercise(long templateId, long version) {
		ExerciseTemplate template = myTemplateAtVersion(templateId, version);
		template.archive(clock.instant());
		audit.record(AuditAction.CHANGE, AuditSubject.EXERCISE_TEMPLATE, templateId, null, "archived");
	}

	private List<LibraryEntry> allEntries(Locale locale) {
		List<LibraryEntry> entries = new ArrayList<>();
		BuiltInExercises.ALL.forEach(exercise -> entries.add(builtInEntry(exercise, locale)));
		List<ExerciseTemplate> visible = templates.findVisibleTo(me());
		Map<Long, String> owners = accounts
			.displayNames(visible.stream().map(ExerciseTemplate::getOwnerId).distinct().toList());
		visible.forEach(template -> entries.add(entryOf(template, owners)));
		return entries;
	}

	private LibraryEntry builtInEntry(BuiltInExercise exercise, Locale locale) {
		return new LibraryEntry(new TemplateRef.BuiltIn(exercise.key()), LibraryEntry.Origin.BUILT_IN, 0, true, null,
				texts.of(exercise, locale));
	}

	private LibraryEntry entryOf(ExerciseTemplate template, Map<Long, String> owners) {
		boolean mine = template.getOwnerId() == me();
		return new LibraryEntry(new TemplateRef.Own(template.requireId()),
				mine ? LibraryEntry.Origin.MINE : LibraryEntry.Origin.COLLEAGUE, template.getVersion(),
				template.isShared(), mine ? null : owners.get(template.getOwnerId()), template.text());
	}

	private LibraryEntry saved(ExerciseTemplate template, AuditAction action, String what) {
		ExerciseTemplate stored = templates.saveAndFlush(template);
		audit.record(action, AuditSubject.EXERCISE_TEMPLATE, stored.requireId(), null, what);
		return entryOf(stored, Map.of());
	}

	private ExerciseTemplate readableTemplate(long templateId) {
		return templates.findById(templateId)
			.filter(template -> !template.isArchived() && (template.getOwnerId() == me() || template.isShared()))
			.orElseThrow(() -> new HomeworkNotFoundException("exercise", templateId));
	}

	private ExerciseTemplate myTemplateAtVersion(long templateId, long version) {
		ExerciseTemplate template = templates.findById(templateId)
			.filter(found -> found.getOwnerId() == me() && !found.isArchived())
			.orElseThrow(() -> {
				audit.recordDenied(AuditAction.CHANGE, AuditSubject.EXERCISE_TEMPLATE, templateId);
				return new HomeworkNotFoundException("exercise", templateId);
			});
		if (template.getVersion() != version) {
			throw new ConcurrentEditException("Exercise", templateId);
		}
		return template;
	}

	private String searchableText(ExerciseText text, Locale locale) {
		return Stream.concat(Stream.of(text.name(), text.purpose()), text.steps().stream())
			.reduce("", (all, part) -> all + "\n" + part)
			.toLowerCase(locale);
	}

	private long me() {
		return currentUser.require().accountId();
	}

}
