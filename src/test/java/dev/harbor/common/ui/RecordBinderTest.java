package dev.harbor.common.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.textfield.TextArea;
import dev.harbor.common.FreeText;
import dev.harbor.common.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A form's record comes out only when every rule holds, and a refusal lands beside the
 * field bound to the component it names, never beside a guessed one.
 */
class RecordBinderTest {

	public record Worry(@Nullable String feared, @Nullable String whatHappened) {
	}

	final TextArea feared = new TextArea("What they feared would happen");

	final TextArea happened = new TextArea("What actually happened");

	RecordBinder<Worry> binder;

	@BeforeEach
	void vaadin() {
		MockVaadin.setup();
		binder = new RecordBinder<>(Worry.class);
		binder.text(feared, "feared", text -> FreeText.problem(text, 20));
		binder.text(happened, "whatHappened", text -> FreeText.problem(text, 20));
	}

	@AfterEach
	void noVaadin() {
		MockVaadin.tearDown();
	}

	@Test
	void the_record_comes_out_with_empty_text_as_none_only_when_every_field_fits() {
		feared.setValue("She would leave");

		assertThat(binder.record()).contains(new Worry("She would leave", null));

		happened.setValue("x".repeat(21));
		assertThat(binder.record()).isEmpty();
		assertThat(happened.isInvalid()).isTrue();
		assertThat(happened.getErrorMessage()).isNotBlank().isNotEqualTo(FreeText.TOO_LONG);
		assertThat(feared.isInvalid()).isFalse();
	}

	@Test
	void the_whole_record_rule_speaks_beside_the_field_it_names() {
		binder.checkWhole(
				worry -> worry.feared() == null ? new InvalidInputException("feared", FreeText.TOO_LONG) : null);

		assertThat(binder.record()).isEmpty();
		assertThat(feared.isInvalid()).isTrue();
		assertThat(happened.isInvalid()).isFalse();
	}

	@Test
	void a_service_refusal_lands_beside_the_named_field_and_no_other() {
		binder.show(new InvalidInputException("whatHappened", "text.rule.tooLong"));

		assertThat(happened.isInvalid()).isTrue();
		assertThat(happened.getErrorMessage()).isNotBlank();
		assertThat(feared.isInvalid()).isFalse();
	}

	@Test
	void a_name_the_form_has_no_field_for_fails_instead_of_landing_on_some_other_field() {
		assertThatThrownBy(() -> binder.show(new InvalidInputException("repairSteps", "text.rule.tooLong")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("repairSteps");
		assertThat(feared.isInvalid()).isFalse();
		assertThat(happened.isInvalid()).isFalse();

		binder.alsoName("repairSteps", happened);
		binder.show(new InvalidInputException("repairSteps", "text.rule.tooLong"));
		assertThat(happened.isInvalid()).isTrue();
	}

}
