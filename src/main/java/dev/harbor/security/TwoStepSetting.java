package dev.harbor.security;

/**
 * The practice's choice about two-step sign-in for staff.
 *
 * @param required whether every clinician and admin must use it
 * @param version for a visible conflict when two admins change it at once
 */
public record TwoStepSetting(boolean required, long version) {
}
