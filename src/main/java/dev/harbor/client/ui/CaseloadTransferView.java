package dev.harbor.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.harbor.client.ClientService;
import dev.harbor.common.ui.Notifications;
import dev.harbor.common.ui.RecordBinder;
import dev.harbor.common.InvalidInputException;
import dev.harbor.security.AccountView;
import dev.harbor.security.Role;
import dev.harbor.security.UserAccountService;
import dev.harbor.common.ui.Submit;
import jakarta.annotation.security.RolesAllowed;

/**
 * The practice admin moves a clinician's whole caseload to a colleague, e.g. when someone
 * leaves. The admin sees only how many clients move, never who they are.
 */
@Route("admin/caseloads")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 85, title = "nav.caseloads", icon = "vaadin:exchange")
class CaseloadTransferView extends VerticalLayout implements HasDynamicTitle {

	private final ClientService clients;

	private final UserAccountService accounts;

	private final Select<AccountView> from = new Select<>();

	private final Select<AccountView> to = new Select<>();

	private final RecordBinder<Transfer> binder = new RecordBinder<>(Transfer.class);

	private final Paragraph summary = new Paragraph();

	CaseloadTransferView(ClientService clients, UserAccountService accounts) {
		this.clients = clients;
		this.accounts = accounts;
		addClassName("harbor-page");
		setMaxWidth("48rem");
		Paragraph intro = new Paragraph(getTranslation("transfer.intro"));
		intro.addClassName("harbor-lead");
		configure(from, "transfer.from");
		configure(to, "transfer.to");
		binder.forField(from).withValidator(RecordBinder.required("transfer.rule")).bind("from");
		binder.forField(to).withValidator(RecordBinder.required("transfer.rule")).bind("to");
		binder.checkWhole(transfer -> transfer.from().id() == transfer.to().id()
				? new InvalidInputException("to", "transfer.rule") : null);
		Button move = new Button(getTranslation("transfer.move"), click -> move());
		move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Submit.once(move);
		add(intro, new FormLayout(from, to), summary, move);
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("transfer.title");
	}

	private void configure(Select<AccountView> select, String labelKey) {
		select.setLabel(getTranslation(labelKey));
		select.setItemLabelGenerator(account -> account == null ? "" : account.displayName() + " · " + account.email());
		select.addValueChangeListener(change -> showSummary());
	}

	private void refresh() {
		var clinicians = accounts.allAccounts().stream().filter(account -> account.role() == Role.CLINICIAN).toList();
		from.setItems(clinicians);
		to.setItems(clinicians.stream().filter(AccountView::enabled).toList());
		showSummary();
	}

	private void showSummary() {
		if (from.getValue() == null) {
			summary.setText(getTranslation("transfer.choose"));
			return;
		}
		summary.setText(getTranslation("transfer.summary", clients.caseloadSizeOf(from.getValue().id())));
	}

	private void move() {
		binder.record().ifPresent(transfer -> {
			int moved = clients.reassignCaseload(transfer.from().id(), transfer.to().id());
			Notifications.success("transfer.done", moved);
			showSummary();
		});
	}

	/** Whose caseload moves, and to whom. */
	public record Transfer(AccountView from, AccountView to) {

		@Override
		public String toString() {
			return "Transfer[from=" + from.id() + ", to=" + to.id() + "]";
		}

	}

}
