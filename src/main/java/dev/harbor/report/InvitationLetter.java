package dev.harbor.report;

import java.util.List;

/**
 * Everything the portal invitation letter prints: in the client's words, the practice,
 * the link written out and as a QR code, and until when it works. Nothing clinical.
 */
record InvitationLetter(String title, List<String> paragraphs, String link, String linkLabel, String validUntil,
		String safety, String footer, String pageOf) {

	@Override
	public String toString() {
		return "InvitationLetter";
	}

}
