package dev.harbor.client.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.harbor.client.ClientNotFoundException;
import dev.harbor.client.ClientProfile;
import dev.harbor.common.ui.Notifications;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The client page's one copy of the profile. Every card changes the client through
 * {@link #apply}, so a conflict, a refusal or a success is handled the same way
 * everywhere, and every card shows the fresh copy afterwards.
 */
class ClientEditor {

	private final List<Consumer<ClientProfile>> listeners = new ArrayList<>();

	private final Runnable onConflict;

	private final Runnable onGone;

	private ClientProfile profile;

	ClientEditor(ClientProfile profile, Runnable onConflict, Runnable onGone) {
		this.profile = profile;
		this.onConflict = onConflict;
		this.onGone = onGone;
	}

	ClientProfile profile() {
		return profile;
	}

	void onChange(Consumer<ClientProfile> listener) {
		listeners.add(listener);
		listener.accept(profile);
	}

	/** Shows a profile read afresh, e.g. after the clinician chose to reload. */
	void replace(ClientProfile fresh) {
		profile = fresh;
		listeners.forEach(listener -> listener.accept(fresh));
	}

	/**
	 * Runs one change against the current copy. Returns whether it was saved; a broken
	 * rule is thrown back to the card so it can mark its field.
	 */
	boolean apply(UnaryOperator<ClientProfile> change, String savedMessageKey) {
		try {
			replace(change.apply(profile));
			Notifications.success(savedMessageKey);
			return true;
		}
		catch (OptimisticLockingFailureException conflict) {
			onConflict.run();
			return false;
		}
		catch (ClientNotFoundException gone) {
			onGone.run();
			return false;
		}
	}

}
