package dev.harbor.common.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.common.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A refusal lands beside the field it names, and a name no field has is never guessed at.
 */
class FieldErrorsTest {

	final TextArea feared = new TextArea("What they feared would happen");

	final TextArea happened = new TextArea("What actually happened");

	@BeforeEach
	void vaadin() {
		MockVaadin.setup();
	}

	@AfterEach
	void noVaadin() {
		MockVaadin.tearDown();
	}

	@Test
	void the_named_field_is_marked_and_no_other() {
		FieldErrors errors = new FieldErrors().field("feared", feared).field("whatHappened", happened);

		errors.show(new InvalidInputException("whatHappened", "text.rule.tooLong"));

		assertThat(happened.isInvalid()).isTrue();
		assertThat(happened.getErrorMessage()).isNotBlank();
		assertThat(feared.isInvalid()).isFalse();
		errors.clear();
		assertThat(happened.isInvalid()).isFalse();
	}

	@Test
	void a_name_the_form_does_not_know_fails_instead_of_landing_on_some_other_field() {
		FieldErrors errors = new FieldErrors().field("feared", feared);

		assertThatThrownBy(() -> errors.show(new InvalidInputException("repairSteps", "text.rule.tooLong")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("repairSteps");
		assertThat(feared.isInvalid()).isFalse();
	}

}
