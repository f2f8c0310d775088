package dev.harbor.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.harbor.common.ui.Notifications;
import dev.harbor.security.AccountView;
import dev.harbor.security.CurrentUser;
import dev.harbor.common.InvalidInputException;
import dev.harbor.security.Role;
import dev.harbor.security.UserAccountService;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The practice admin's list of accounts: open, edit, switch off or on, reset a password.
 */
@Route("admin/accounts")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 80, title = "nav.accounts", icon = "vaadin:user-card")
class AccountsView extends VerticalLayout implements HasDynamicTitle {

	private final UserAccountService accounts;

	private final Grid<AccountView> grid = new Grid<>();

	private final CurrentUser currentUser;

	AccountsView(UserAccountService accounts, CurrentUser currentUser) {
		this.accounts = accounts;
		this.currentUser = currentUser;
		addClassName("harbor-page");
		setSizeFull();
		Button add = new Button(getTranslation("accounts.new"), VaadinIcon.PLUS.create(),
				click -> new AccountDialog(null, this::open).open());
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Paragraph intro = new Paragraph(getTranslation("accounts.intro"));
		intro.addClassName("harbor-lead");
		Div toolbar = new Div(intro, add);
		toolbar.addClassName("harbor-toolbar");
		configureGrid();
		add(toolbar, grid);
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("accounts.title");
	}

	private void configureGrid() {
		grid.setSizeFull();
		grid.addColumn(AccountView::displayName).setHeader(getTranslation("accounts.column.name")).setAutoWidth(true);
		grid.addColumn(AccountView::email).setHeader(getTranslation("accounts.column.email")).setAutoWidth(true);
		grid.addColumn(account -> getTranslation(account.role().translationKey()))
			.setHeader(getTranslation("accounts.column.role"))
			.setAutoWidth(true);
		grid.addColumn(this::state).setHeader(getTranslation("accounts.column.state"));
		grid.addComponentColumn(this::actions)
			.setKey("actions")
			.setHeader(getTranslation("accounts.column.actions"))
			.setAutoWidth(true);
	}

	private String state(AccountView account) {
		if (!account.enabled()) {
			return getTranslation("accounts.state.off");
		}
		return getTranslation(account.mustChangePassword() ? "accounts.state.oneTime" : "accounts.state.on");
	}

	private Div actions(AccountView account) {
		Button edit = new Button(getTranslation("action.edit"), click -> new AccountDialog(account, changes -> run(
				() -> accounts.updateAccount(account.id(), account.version(), changes.email(), changes.displayName())))
			.open());
		Button toggle = new Button(getTranslation(account.enabled() ? "accounts.switchOff" : "accounts.switchOn"),
				click -> toggle(account));
		Button reset = new Button(getTranslation("accounts.reset"),
				click -> OneTimePasswordDialog.show(accounts.resetPassword(account.id()), this::refresh));
		for (Button button : new Button[] { edit, toggle, reset }) {
			button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		}
		// Nobody switches off the account they are signed in with (the service refuses it
		// too).
		toggle.setVisible(account.id() != currentUser.require().accountId());
		Div actions = new Div(edit, toggle, reset);
		actions.addClassName("harbor-actions");
		return actions;
	}

	private boolean open(AccountDialog.Details details) {
		var opened = accounts.openAccountWithOneTimePassword(details.email(), details.displayName(), details.role());
		OneTimePasswordDialog.show(opened.oneTimePassword(), this::refresh);
		return true;
	}

	private boolean run(Runnable change) {
		try {
			change.run();
			Notifications.success("accounts.saved");
			refresh();
			return true;
		}
		catch (OptimisticLockingFailureException conflict) {
			Notifications.problem("accounts.conflict");
			refresh();
			return false;
		}
	}

	/**
	 * Switching an account off or on; the one refusal (not your own account) is said
	 * aloud.
	 */
	private void toggle(AccountView account) {
		try {
			run(() -> accounts.setAccountEnabled(account.id(), account.version(), !account.enabled()));
		}
		catch (InvalidInputException problem) {
			Notifications.problem(problem.messageKey());
		}
	}

	private void refresh() {
		grid.setItems(accounts.allAccounts());
	}

}
