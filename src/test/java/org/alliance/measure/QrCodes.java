package org.alliance.measure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads a QR code back with ZXing's own reader, as a phone's camera app would: from the
 * pixels of an image, not from the encoder's matrix.
 */
final class QrCodes {

	private QrCodes() {
	}

	/** The text of the QR code in a PNG or other image ImageIO reads. */
	static String read(byte[] image) {
		try {
			BufferedImage picture = ImageIO.read(new ByteArrayInputStream(image));
			if (picture == null) {
				throw new IllegalArgumentException("Not an image");
			}
			return read(picture);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text of the QR code in a {@code data:image/png;base64,…} URL. */
	static String readDataUrl(String dataUrl) {
		String prefix = "data:image/png;base64,";
		if (!dataUrl.startsWith(prefix)) {
			throw new IllegalArgumentException("Not a PNG data URL: " + dataUrl.substring(0, 30));
		}
		return read(Base64.getDecoder().decode(dataUrl.substring(prefix.length())));
	}

	private static String read(BufferedImage picture) {
		int width = picture.getWidth();
		int height = picture.getHeight();
		int[] pixels = picture.getRGB(0, 0, width, height, null, 0, width);
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
		try {
			return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
		}
		catch (NotFoundException ex) {
			throw new AssertionError("No QR code found in the image", ex);
		}
		catch (ReaderException ex) {
			throw new AssertionError("The QR code does not read", ex);
		}
	}

}
