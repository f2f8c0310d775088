package dev.harbor.security;

/**
 * An admin changed one of the practice's sign-in settings; the audit trail records it in
 * the same transaction.
 *
 * @param what which setting and its new value, in a few words
 */
public record PracticeSettingChangedEvent(String what) {
}
