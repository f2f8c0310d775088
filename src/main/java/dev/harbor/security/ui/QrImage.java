package dev.harbor.security.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.vaadin.flow.component.html.Image;
import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as an SVG image, drawn from Nayuki's QR encoder: one path of dark squares on
 * white, with the quiet zone scanners need. Built here from numbers only and shown as a
 * data address (the page's policy allows data images), so it never reaches a URL.
 */
final class QrImage {

	private static final int QUIET_ZONE = 4;

	private QrImage() {
	}

	static Image of(String text, String alternativeText) {
		QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
		int side = qr.size + 2 * QUIET_ZONE;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
				}
			}
		}
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
				+ path + "\" fill=\"#000\"/></svg>";
		Image image = new Image(
				"data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
				alternativeText);
		image.addClassName("harbor-qr");
		return image;
	}

}
