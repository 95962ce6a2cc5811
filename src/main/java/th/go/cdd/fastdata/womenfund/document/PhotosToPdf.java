package th.go.cdd.fastdata.womenfund.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Several phone photos of one paper (a contract of three pages) as one PDF: one A4 page a photo,
 * the photo fitted inside a margin, turned to landscape pages for landscape photos.
 */
final class PhotosToPdf {

	private static final float MARGIN = 18f;

	private PhotosToPdf() {
	}

	/** Writes the PDF to a new temporary file; the caller checks it like any upload. */
	static Path combine(List<CheckedFile> photos) throws IOException {
		Path pdf = Files.createTempFile("fastdata-photos-", ".pdf");
		try (OutputStream out = Files.newOutputStream(pdf)) {
			Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
			PdfWriter.getInstance(document, out);
			for (int i = 0; i < photos.size(); i++) {
				Image image = Image.getInstance(photos.get(i).temp().toString());
				Rectangle page = image.getWidth() > image.getHeight() ? PageSize.A4.rotate() : PageSize.A4;
				document.setPageSize(page);
				if (i == 0) {
					document.open();
				}
				else {
					document.newPage();
				}
				image.scaleToFit(page.getWidth() - 2 * MARGIN, page.getHeight() - 2 * MARGIN);
				image.setAlignment(Image.ALIGN_CENTER);
				document.add(image);
			}
			document.close();
		}
		catch (RuntimeException ex) {
			Files.deleteIfExists(pdf);
			throw new IOException("could not combine the photos into one PDF: " + ex.getMessage(), ex);
		}
		return pdf;
	}

}
