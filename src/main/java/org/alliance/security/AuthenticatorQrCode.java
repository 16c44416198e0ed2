package org.alliance.security;

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
 * The {@code otpauth://} URI as a QR code for the authenticator app's camera, drawn on
 * the server as a PNG {@code data:} URL (the pages' policy allows {@code data:} images;
 * no script draws it, and the secret goes to no third party). Drawn as the personal
 * link's code is ({@code measure.LinkQrCode}, which this module cannot use: the measure
 * module depends on this one): ZXing encodes, level M, a four-module quiet zone, each
 * module five pixels.
 */
final class AuthenticatorQrCode {

	private static final int MODULE_PIXELS = 5;

	private AuthenticatorQrCode() {
	}

	static String dataUrl(String uri) {
		BitMatrix modules = encode(uri);
		int size = modules.getWidth() * MODULE_PIXELS;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				image.setRGB(x, y, modules.get(x / MODULE_PIXELS, y / MODULE_PIXELS) ? 0xFF000000 : 0xFFFFFFFF);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
	}

	private static BitMatrix encode(String uri) {
		try {
			return new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("A URI too long for a QR code: " + uri.length() + " characters", ex);
		}
	}

}
