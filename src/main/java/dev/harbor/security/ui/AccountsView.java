package dev.harbor.security.ui;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import dev.harbor.security.TwoStepService;
import dev.harbor.security.TwoStepSetting;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The practice admin's list of accounts: open, edit, switch off or on, reset a password
 * or a lost phone's two-step sign-in; and whether the practice requires two-step sign-in.
 */
@Route("admin/accounts")
@RolesAllowed(Role.Names.ADMIN)
@Menu(order = 80, title = "nav.accounts", icon = "vaadin:user-card")
class AccountsView extends VerticalLayout implements HasDynamicTitle {

	private final UserAccountService accounts;

	private final Grid<AccountView> grid = new Grid<>();

	private final CurrentUser currentUser;

	private final TwoStepService twoStep;

	private final Checkbox twoStepRequired = new Checkbox();

	private Set<Long> withTwoStep = Set.of();

	private long settingVersion;

	AccountsView(UserAccountService accounts, TwoStepService twoStep, CurrentUser currentUser) {
		this.accounts = accounts;
		this.twoStep = twoStep;
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
		add(toolbar, practiceSetting(), grid);
		refresh();
	}

	/** Whether every clinician and admin must sign in with a code from an app too. */
	private Div practiceSetting() {
		TwoStepSetting setting = twoStep.practiceSetting();
		settingVersion = setting.version();
		twoStepRequired.setLabel(getTranslation("accounts.twoStepRequired"));
		twoStepRequired.setHelperText(getTranslation("accounts.twoStepRequired.help"));
		twoStepRequired.setValue(setting.required());
		twoStepRequired.addValueChangeListener(change -> {
			if (!change.isFromClient()) {
				return;
			}
			try {
				TwoStepSetting saved = twoStep.requireForStaff(change.getValue(), settingVersion);
				settingVersion = saved.version();
				Notifications
					.success(saved.required() ? "accounts.twoStepRequired.on" : "accounts.twoStepRequired.off");
			}
			catch (OptimisticLockingFailureException conflict) {
				TwoStepSetting now = twoStep.practiceSetting();
				settingVersion = now.version();
				twoStepRequired.setValue(now.required());
				Notifications.problem("accounts.conflict");
			}
		});
		Div part = new Div(twoStepRequired);
		part.addClassName("harbor-practice-setting");
		return part;
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
		grid.addColumn(this::state).setHeader(getTranslation("accounts.column.state")).setAutoWidth(true);
		grid.addColumn(account -> getTranslation(
				withTwoStep.contains(account.id()) ? "accounts.twoStep.on" : "accounts.twoStep.off"))
			.setHeader(getTranslation("accounts.column.twoStep"))
			.setAutoWidth(true);
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
				click -> SignInLinkDialog.show("accounts.link.intro.reset", account.displayName(),
						accounts.resetPassword(account.id()), this::refresh));
		Button resetTwoStep = new Button(getTranslation("accounts.resetTwoStep"), click -> resetTwoStep(account));
		for (Button button : new Button[] { edit, toggle, reset, resetTwoStep }) {
			button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		}
		// Nobody switches off the account they are signed in with (the service refuses it
		// too).
		boolean mine = account.id() == currentUser.require().accountId();
		toggle.setVisible(!mine);
		// Your own app you change on your own account page.
		resetTwoStep.setVisible(!mine && withTwoStep.contains(account.id()));
		Div actions = new Div(edit, toggle, reset, resetTwoStep);
		actions.addClassName("harbor-actions");
		return actions;
	}

	private boolean open(AccountDialog.Details details) {
		var opened = accounts.openAccountWithLink(details.email(), details.displayName(), details.role());
		SignInLinkDialog.show("accounts.link.intro.new", details.displayName(), opened.link(), this::refresh);
		return true;
	}

	/** A lost phone: the person sets a new app up at their next sign-in, and is told. */
	private void resetTwoStep(AccountView account) {
		ConfirmDialog confirm = new ConfirmDialog();
		confirm.setHeader(getTranslation("accounts.resetTwoStep.title"));
		confirm.setText(getTranslation("accounts.resetTwoStep.text", account.displayName()));
		confirm.setCancelable(true);
		confirm.setCancelText(getTranslation("action.cancel"));
		confirm.setConfirmText(getTranslation("accounts.resetTwoStep.confirm"));
		confirm.addConfirmListener(event -> {
			try {
				twoStep.resetSecondFactor(account.id());
				Notifications.success("accounts.resetTwoStep.done");
			}
			catch (InvalidInputException problem) {
				Notifications.problem(problem.messageKey());
			}
			refresh();
		});
		confirm.open();
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
		List<AccountView> all = accounts.allAccounts();
		withTwoStep = twoStep.withTwoStep(all.stream().map(AccountView::id).toList());
		grid.setItems(all);
	}

}
