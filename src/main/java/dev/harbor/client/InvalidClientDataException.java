package dev.harbor.client;

/**
 * Input that breaks a rule. It names the field and a translation key for the message
 * shown next to it, never the value typed.
 */
public class InvalidClientDataException extends IllegalArgumentException {

	private final String field;

	private final String messageKey;

	public InvalidClientDataException(String field, String messageKey) {
		super("Invalid " + field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
