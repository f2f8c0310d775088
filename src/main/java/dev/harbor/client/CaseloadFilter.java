package dev.harbor.client;

import org.jspecify.annotations.Nullable;

/**
 * What the caseload list is narrowed to. Every part is optional.
 *
 * @param text part of a name or reference code, any case
 * @param status one status
 * @param label one region of the attachment dials
 */
public record CaseloadFilter(@Nullable String text, @Nullable ClientStatus status, @Nullable AttachmentLabel label) {

	public static final CaseloadFilter ALL = new CaseloadFilter(null, null, null);

	@Override
	public String toString() {
		return "CaseloadFilter[status=" + status + ", label=" + label + "]";
	}

}
