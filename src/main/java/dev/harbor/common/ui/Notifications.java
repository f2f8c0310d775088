package dev.harbor.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The app's few kinds of toast, so every screen says things the same way. */
public final class Notifications {

	private static final int SHORT_MS = 3000;

	private static final int LONG_MS = 8000;

	private Notifications() {
	}

	/** Confirms that something worked; the text is a translation key. */
	public static Notification success(String key, Object... params) {
		return show(key, params, NotificationVariant.LUMO_SUCCESS, SHORT_MS);
	}

	/** Says that something did not work and what to do; stays until read. */
	public static Notification problem(String key, Object... params) {
		return show(key, params, NotificationVariant.LUMO_ERROR, LONG_MS);
	}

	private static Notification show(String key, Object[] params, NotificationVariant variant, int durationMs) {
		Notification notification = new Notification(UI.getCurrentOrThrow().getTranslation(key, params), durationMs,
				Notification.Position.BOTTOM_START);
		notification.addThemeVariants(variant);
		notification.open();
		return notification;
	}

}
