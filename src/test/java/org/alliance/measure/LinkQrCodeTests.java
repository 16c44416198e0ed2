package org.alliance.measure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A personal link's QR code reads back, with ZXing's own reader, as exactly the link.
 */
class LinkQrCodeTests {

	/**
	 * As {@code ClientLinks} issues them: the public URL, {@code /r/} and 43 characters.
	 */
	private static final String LINK = "https://alliance.clinic.example/r/Qx3v_8bN0r-TzP4kLmW1aYc9DfGhJ2sUeV7iO5nRqBw";

	@Test
	void readsBackAsExactlyTheLink() {
		assertThat(QrCodes.read(LinkQrCode.png(LINK))).isEqualTo(LINK);
		assertThat(QrCodes.readDataUrl(LinkQrCode.dataUrl(LINK))).isEqualTo(LINK);
	}

	@Test
	void aLinkOnTheLocalNetworkWithAPortReadsBackToo() {
		String link = "http://192.168.1.20:8080/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA-";
		assertThat(QrCodes.read(LinkQrCode.png(link))).isEqualTo(link);
	}

	/**
	 * 77 characters fit version 5 at level M (84 bytes; version 4 holds 62): 37 modules
	 * and four on each side for the quiet zone, six pixels each.
	 */
	@Test
	void drawsSixPixelsPerModuleWithTheStandardsQuietZone() throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(LinkQrCode.png(LINK)));
		assertThat(LINK).hasSize(77);
		assertThat(image.getWidth()).isEqualTo((37 + 2 * 4) * 6).isEqualTo(image.getHeight());
		// The quiet zone is white; the finder pattern's corner, just inside it, is black.
		assertThat(image.getRGB(4 * 6 - 1, 4 * 6 - 1) & 0xFFFFFF).isEqualTo(0xFFFFFF);
		assertThat(image.getRGB(4 * 6, 4 * 6) & 0xFFFFFF).isZero();
	}

	@Test
	void refusesALinkLongerThanAQrCodeHolds() {
		assertThatThrownBy(() -> LinkQrCode.png("https://x.example/r/" + "a".repeat(2400)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("too long for a QR code");
	}

}
