package dev.harbor.client.ui;

import dev.harbor.common.i18n.Language;
import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.harbor.client.ClientListItem;
import dev.harbor.client.ClientService;
import dev.harbor.client.ClientStatus;
import dev.harbor.client.ProfileChanges;
import dev.harbor.client.TestClients;
import dev.harbor.security.HarborUser;
import dev.harbor.security.TestAccounts;
import dev.harbor.testsupport.KaribuTest;
import dev.harbor.common.ui.DecimalField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ClientScreensTest extends KaribuTest {

	@Autowired
	ClientService clients;

	HarborUser maya;

	@BeforeEach
	void signInMaya() {
		maya = accounts.clinician("Maya Okafor");
		signInAndOpen(maya, "clients");
	}

	@Test
	void a_clinician_adds_finds_edits_places_and_discharges_a_client() {
		_click(button("New client"));
		_setValue(textField("Name or pseudonym"), "Noor Haddad");
		_click(button("Add client"));

		assertThat(_get(H1.class).getText()).isEqualTo("Noor Haddad");
		long id = database.jdbc().queryForObject("select id from client", Long.class);

		UI.getCurrent().navigate("clients");
		_setValue(_get(TextField.class, spec -> spec.withPlaceholder("Name or reference code")), "hadd");
		assertThat(rows()).extracting(ClientListItem::id).containsExactly(id);

		UI.getCurrent().navigate("clients/" + id);
		_click(button("Edit"));
		_setValue(textField("Name or pseudonym"), "Noor H.");
		_click(button("Save profile"));
		assertThat(_get(H1.class).getText()).isEqualTo("Noor H.");

		_click(button("Record a new position"));
		DecimalField anxiety = _get(DecimalField.class, spec -> spec.withLabel("Attachment anxiety (1 to 7)"));
		_setValue(anxiety, "55");
		_click(button("Save position"));
		assertThat(anxiety.getErrorMessage())
			.isEqualTo("Please give a number from 1 to 7, with at most one decimal (for example 4.5).");
		assertThat(anxiety.getValue()).as("what was typed stays as typed").isEqualTo("55");
		// A comma is a decimal mark too: 5,5 is five and a half, not 55.
		_setValue(anxiety, "5,5");
		_setValue(_get(DecimalField.class, spec -> spec.withLabel("Attachment avoidance (1 to 7)")), "2.0");
		_click(button("Save position"));
		assertThat(texts(Paragraph.class)).contains("Now: anxiety 5.5, avoidance 2.0 (Partner).")
			.anyMatch(text -> text.contains("anxious"));

		_click(button("Discharge"));
		_click(_find(Button.class, spec -> spec.withText("Discharge")).getLast());
		assertThat(texts(Paragraph.class))
			.contains("The work has finished. The record is kept, unchanged, and can be re-opened.");

		UI.getCurrent().navigate("clients");
		@SuppressWarnings("unchecked")
		Select<ClientStatus> status = _get(Select.class, spec -> spec.withLabel("Status"));
		_setValue(status, ClientStatus.DISCHARGED);
		assertThat(rows()).extracting(ClientListItem::id).containsExactly(id);
		_setValue(status, ClientStatus.ACTIVE);
		assertThat(rows()).isEmpty();
		assertThat(database.jdbc()
			.queryForList("select detail from audit_event where action = 'CHANGE' and client_id = ? order by id",
					String.class, id))
			.containsExactly("profile", "attachment position", "status DISCHARGED");
	}

	@Test
	void an_empty_name_or_a_future_birth_date_is_explained_at_the_field_and_nothing_is_saved() {
		_click(button("New client"));
		_setValue(textField("Name or pseudonym"), "   ");
		_click(button("Add client"));

		TextField name = textField("Name or pseudonym");
		assertThat(name.isInvalid()).isTrue();
		assertThat(name.getErrorMessage()).isEqualTo("Please give a name or a pseudonym.");
		assertThat(database.count("client")).isZero();

		_setValue(name, "Noor Haddad");
		_setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class,
				spec -> spec.withLabel("Date of birth (optional)")), LocalDate.now().plusDays(3));
		_click(button("Add client"));
		assertThat(database.count("client")).isZero();
	}

	@Test
	void markup_in_a_name_is_shown_as_plain_text() {
		long id = TestClients.aClientOf(clients, maya, "<b>Noor</b><script>alert(1)</script>");
		TestAccounts.signIn(maya);

		UI.getCurrent().navigate("clients/" + id);

		assertThat(_get(H1.class).getText()).isEqualTo("<b>Noor</b><script>alert(1)</script>");
		assertThat(_get(H1.class).getElement().getChildCount()).isOne();
		assertThat(_get(H1.class).getElement().getChild(0).isTextNode()).isTrue();
	}

	@Test
	void a_save_over_someone_elses_change_is_refused_and_the_typed_text_stays_for_copying() {
		long id = TestClients.aClientOf(clients, maya, "Noor Haddad");
		TestAccounts.signIn(maya);
		UI.getCurrent().navigate("clients/" + id);
		_click(button("Edit"));
		_setValue(textField("Name or pseudonym"), "Noor, typed in this tab");

		clients.updateProfile(id, clients.openClient(id).version(), new ProfileChanges("Noor, saved in another tab",
				null, null, null, LocalDate.of(2026, 9, 1), Language.ENGLISH));
		_click(button("Save profile"));

		Div conflict = _get(Div.class, spec -> spec.withClasses("harbor-conflict"));
		assertThat(conflict.getElement().getTextRecursively()).contains("Someone else changed this client");
		assertThat(textField("Name or pseudonym").getValue()).isEqualTo("Noor, typed in this tab");
		assertThat(clients.openClient(id).displayName()).isEqualTo("Noor, saved in another tab");
	}

	@Test
	void another_clinicians_client_looks_like_a_page_that_does_not_exist() {
		HarborUser tomas = accounts.clinician("Tomas Reyes");
		long tomasClient = TestClients.aClientOf(clients, tomas, "Lena Vogt");
		TestAccounts.signIn(maya);

		UI.getCurrent().navigate("clients/" + tomasClient);

		assertThat(_find(ClientDetailView.class)).isEmpty();
		assertThat(_get(H1.class).getText()).isEqualTo("Nothing here");
	}

	private static Button button(String text) {
		return _get(Button.class, spec -> spec.withText(text));
	}

	private static TextField textField(String label) {
		return _get(TextField.class, spec -> spec.withLabel(label));
	}

	private static <T extends com.vaadin.flow.component.Component & com.vaadin.flow.component.HasText> java.util.List<String> texts(
			Class<T> type) {
		return _find(type).stream().map(com.vaadin.flow.component.HasText::getText).toList();
	}

	@SuppressWarnings("unchecked")
	private static java.util.List<ClientListItem> rows() {
		Grid<ClientListItem> grid = _get(Grid.class);
		int size = GridKt._size(grid);
		return java.util.stream.IntStream.range(0, size).mapToObj(i -> GridKt._get(grid, i)).toList();
	}

}
