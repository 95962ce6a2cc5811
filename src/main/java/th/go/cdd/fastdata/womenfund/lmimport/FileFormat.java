package th.go.cdd.fastdata.womenfund.lmimport;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What a file is, told by its content and never by its name: an .xlsx is a zip, an .xls an OLE
 * document, and anything else must be text (a CSV). Thai offices still save CSV from old Excel
 * in Windows-874 (TIS-620), so text that is not valid UTF-8 is read as that.
 */
enum FileFormat {

	XLSX, XLS, CSV;

	static final Charset THAI_WINDOWS = Charset.forName("x-windows-874");

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	static FileFormat detect(byte[] content) {
		if (startsWith(content, ZIP)) {
			return XLSX;
		}
		if (startsWith(content, OLE)) {
			return XLS;
		}
		decode(content);
		return CSV;
	}

	/** The text of a CSV: UTF-8 (without its BOM) when it decodes strictly, else Windows-874. */
	static String decode(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				throw notText();
			}
		}
		String text;
		try {
			text = strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException notUtf8) {
			try {
				text = strict(THAI_WINDOWS).decode(ByteBuffer.wrap(content)).toString();
			}
			catch (CharacterCodingException notThai) {
				throw notText();
			}
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static CharsetDecoder strict(Charset charset) {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	private static ImportRefused notText() {
		return ImportRefused.badFile("ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx, .xls) หรือ CSV กรุณาใช้แบบฟอร์มนำเข้า");
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (content[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
