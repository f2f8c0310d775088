package dev.harbor.security;

import dev.harbor.common.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile (no profile, or postgres), an empty database gets its first
 * admin from HARBOR_ADMIN_EMAIL and HARBOR_ADMIN_PASSWORD. Without them nobody could ever
 * sign in, so the app refuses to start.
 */
@Component
@Profile("!" + DemoAccounts.PROFILE)
class FirstAdminBootstrap implements SmartInitializingSingleton {

	private final UserAccountService accountService;

	private final String email;

	private final String password;

	FirstAdminBootstrap(UserAccountService accountService, @Value("${HARBOR_ADMIN_EMAIL:}") String email,
			@Value("${HARBOR_ADMIN_PASSWORD:}") String password) {
		this.accountService = accountService;
		this.email = email;
		this.password = password;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (accountService.anyAccountExists()) {
			return;
		}
		if (email.isBlank() || password.isBlank()) {
			throw new MissingFirstAdminException(null);
		}
		try {
			accountService.openFirstAdmin(new NewAccount(email, "Practice admin", password, Role.ADMIN));
		}
		catch (InvalidInputException ex) {
			throw new MissingFirstAdminException(switch (ex.field()) {
				case "email" -> "HARBOR_ADMIN_EMAIL is not an email address";
				case "password" -> "HARBOR_ADMIN_PASSWORD needs " + UserAccount.PASSWORD_MIN + " to "
						+ UserAccount.PASSWORD_MAX + " bytes";
				default -> "the admin's " + ex.field() + " is not usable";
			});
		}
	}

}
