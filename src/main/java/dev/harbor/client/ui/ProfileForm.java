package dev.harbor.client.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializableFunction;
import dev.harbor.common.ui.Dates;
import dev.harbor.client.Client;
import dev.harbor.client.ClientRules;
import dev.harbor.common.InvalidInputException;
import dev.harbor.client.ProfileChanges;
import org.jspecify.annotations.Nullable;

/**
 * Name, birth date, contact details and start date, with the service's own rules checked
 * at each field as the clinician types. Buffered: nothing changes until the caller saves.
 */
class ProfileForm extends Composite<FormLayout> {

	private final TextField displayName = new TextField();

	private final DatePicker dateOfBirth = new DatePicker();

	private final TextField email = new TextField();

	private final TextField phone = new TextField();

	private final DatePicker startDate = new DatePicker();

	private final Binder<Draft> binder = new Binder<>();

	ProfileForm(Clock clock) {
		displayName.setLabel(getTranslation("client.field.displayName"));
		displayName.setHelperText(getTranslation("client.field.displayName.help"));
		displayName.setMaxLength(Client.DISPLAY_NAME_MAX);
		displayName.setRequiredIndicatorVisible(true);
		dateOfBirth.setLabel(getTranslation("client.field.dateOfBirth"));
		dateOfBirth.setMax(Dates.today(clock));
		email.setLabel(getTranslation("client.field.email"));
		email.setMaxLength(Client.EMAIL_MAX);
		phone.setLabel(getTranslation("client.field.phone"));
		phone.setMaxLength(Client.PHONE_MAX);
		startDate.setLabel(getTranslation("client.field.startDate"));
		startDate.setRequiredIndicatorVisible(true);
		getContent().add(displayName, startDate, dateOfBirth, email, phone);
		getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
				new FormLayout.ResponsiveStep("36em", 2));
		bind(clock);
	}

	private void bind(Clock clock) {
		binder.forField(displayName)
			.withValidator(rule(ClientRules::displayNameProblem))
			.bind(Draft::displayName, Draft::displayName);
		binder.forField(dateOfBirth)
			.withValidator(rule(value -> ClientRules.dateOfBirthProblem(value, Dates.today(clock))))
			.bind(Draft::dateOfBirth, Draft::dateOfBirth);
		binder.forField(email).withValidator(rule(ClientRules::emailProblem)).bind(Draft::email, Draft::email);
		binder.forField(phone).withValidator(rule(ClientRules::phoneProblem)).bind(Draft::phone, Draft::phone);
		binder.forField(startDate)
			.withValidator(rule(value -> ClientRules.startDateProblem(value, Dates.today(clock))))
			.bind(Draft::startDate, Draft::startDate);
	}

	void show(ProfileChanges profile) {
		binder.readBean(Draft.of(profile));
	}

	/**
	 * The typed values if every rule holds; otherwise empty, with each problem shown at
	 * its field.
	 */
	Optional<ProfileChanges> validChanges() {
		Draft draft = new Draft();
		return binder.writeBeanIfValid(draft) ? Optional.of(draft.toChanges()) : Optional.empty();
	}

	/** A rule the service enforced after the form let the value through. */
	void showProblem(InvalidInputException problem) {
		Map<String, HasValidation> fields = Map.of("displayName", displayName, "dateOfBirth", dateOfBirth, "email",
				email, "phone", phone, "startDate", startDate);
		HasValidation field = fields.get(problem.field());
		if (field != null) {
			field.setErrorMessage(getTranslation(problem.messageKey()));
			field.setInvalid(true);
		}
	}

	void focus() {
		displayName.focus();
	}

	private <T> Validator<T> rule(SerializableFunction<T, @Nullable String> check) {
		return (value, context) -> {
			String problem = check.apply(value);
			return problem == null ? ValidationResult.ok() : ValidationResult.error(getTranslation(problem));
		};
	}

	/**
	 * The form's mutable copy; Binder writes into it, and it becomes a record on save.
	 */
	static final class Draft {

		private String displayName = "";

		private @Nullable LocalDate dateOfBirth;

		private String email = "";

		private String phone = "";

		private @Nullable LocalDate startDate;

		static Draft of(ProfileChanges profile) {
			Draft draft = new Draft();
			draft.displayName = profile.displayName();
			draft.dateOfBirth = profile.dateOfBirth();
			draft.email = profile.email() == null ? "" : profile.email();
			draft.phone = profile.phone() == null ? "" : profile.phone();
			draft.startDate = profile.startDate();
			return draft;
		}

		ProfileChanges toChanges() {
			return new ProfileChanges(displayName, dateOfBirth, email, phone, startDate);
		}

		String displayName() {
			return displayName;
		}

		void displayName(String value) {
			displayName = value;
		}

		@Nullable LocalDate dateOfBirth() {
			return dateOfBirth;
		}

		void dateOfBirth(@Nullable LocalDate value) {
			dateOfBirth = value;
		}

		String email() {
			return email;
		}

		void email(String value) {
			email = value;
		}

		String phone() {
			return phone;
		}

		void phone(String value) {
			phone = value;
		}

		@Nullable LocalDate startDate() {
			return startDate;
		}

		void startDate(@Nullable LocalDate value) {
			startDate = value;
		}

		@Override
		public String toString() {
			return "Draft";
		}

	}

}
