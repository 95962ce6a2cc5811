package th.go.cdd.fastdata.womenfund.document;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/** Small real files for the tests: a PDF, photos, a ZIP of folders. */
final class TestFiles {

	private TestFiles() {
	}

	/** A minimal but well-formed one-page PDF. */
	static byte[] pdf(String text) {
		String body = "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
				+ "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
				+ "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj\n"
				+ "% " + text + "\ntrailer <</Root 1 0 R>>\n%%EOF\n";
		return body.getBytes(StandardCharsets.ISO_8859_1);
	}

	static byte[] png(int width, int height) {
		return image("png", width, height);
	}

	static byte[] jpeg(int width, int height) {
		return image("jpg", width, height);
	}

	private static byte[] image(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setColor(Color.DARK_GRAY);
		g.drawString("Fast Data", 5, height / 2);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A ZIP with the given entries in order (name → bytes). */
	static byte[] zip(Map<String, byte[]> entries) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
