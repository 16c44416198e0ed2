package org.alliance.measure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A personal link as a QR code the client scans with a phone's camera, drawn on the
 * server as a PNG {@code data:} URL (the pages' policy allows {@code data:} images, and
 * no script draws it). ZXing encodes the link; the JDK draws its modules.
 * <p>
 * The code carries exactly the link, in byte mode with no ECI header (a link is ASCII,
 * the same in the standard's default ISO 8859-1, and older readers mishandle an ECI);
 * error correction level M (about 15% of the code may be lost, ISO/IEC 18004) suits a
 * code read from a screen; the quiet zone is the standard's four modules; each module is
 * {@value #MODULE_PIXELS} pixels, so that a link of about 80 characters (version 5, 37
 * modules) makes an image of 270 pixels.
 */
public final class LinkQrCode {

	static final int MODULE_PIXELS = 6;

	private static final int QUIET_ZONE_MODULES = 4;

	private LinkQrCode() {
	}

	/** The link's QR code as {@code data:image/png;base64,…}. */
	public static String dataUrl(String link) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(link));
	}

	/** The link's QR code as PNG bytes, black modules on white. */
	static byte[] png(String link) {
		BitMatrix modules = encode(link);
		int size = modules.getWidth() * MODULE_PIXELS;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				boolean dark = modules.get(x / MODULE_PIXELS, y / MODULE_PIXELS);
				image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	/** One bit per module, the quiet zone included. */
	private static BitMatrix encode(String link) {
		try {
			// Width and height 0: the smallest matrix, one bit per module.
			return new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.ERROR_CORRECTION,
					ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE_MODULES));
		}
		catch (WriterException ex) {
			// Only a link longer than a QR code holds (2,331 bytes at level M).
			throw new IllegalArgumentException("A link too long for a QR code: " + link.length() + " characters", ex);
		}
	}

}
