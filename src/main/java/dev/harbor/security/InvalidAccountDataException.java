package dev.harbor.security;

/**
 * Account input that breaks a rule; names the field and a message key, never the value.
 */
public class InvalidAccountDataException extends IllegalArgumentException {

	private final String field;

	private final String messageKey;

	public InvalidAccountDataException(String field, String messageKey) {
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
