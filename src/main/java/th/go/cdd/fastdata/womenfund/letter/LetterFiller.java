package th.go.cdd.fastdata.womenfund.letter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.deepoove.poi.XWPFTemplate;

/**
 * Fills a DOCX template with poi-tl: each {{field}} in the text becomes its value, keeping the
 * run's font and size (TH Sarabun New 16 pt in the shipped templates). A field the template does
 * not use is ignored; a field it uses that has no value is left blank.
 */
final class LetterFiller {

	private LetterFiller() {
	}

	static byte[] fill(byte[] template, Map<String, Object> fields) {
		try (XWPFTemplate filled = XWPFTemplate.compile(new ByteArrayInputStream(template)).render(fields);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			filled.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
