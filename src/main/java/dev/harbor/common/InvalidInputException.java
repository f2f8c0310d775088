package dev.harbor.common;

/**
 * Input that breaks a rule. It names the field and a translation key for the message
 * shown next to it, never the value typed, so it is safe to log.
 */
public class InvalidInputException extends IllegalArgumentException {

	private final String field;

	private final String messageKey;

	public InvalidInputException(String field, String messageKey) {
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
