package th.go.cdd.fastdata.womenfund.lmimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel form of each kind: the Thai labels as the header and one example row. Every column is
 * formatted as text, so that Excel keeps a national ID's 13 digits and a phone number's leading 0.
 */
final class ImportTemplates {

	private static final int WIDTH = 22;

	private ImportTemplates() {
	}

	static byte[] workbook(ImportKind kind) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat((short) BuiltinFormats.getBuiltinFormat("@"));
			CellStyle header = workbook.createCellStyle();
			header.cloneStyleFrom(text);
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			Sheet sheet = workbook.createSheet(kind.label());
			Row labels = sheet.createRow(0);
			Row example = sheet.createRow(1);
			for (int i = 0; i < kind.columns().size(); i++) {
				ImportColumn column = kind.columns().get(i);
				labels.createCell(i).setCellValue(column.label());
				labels.getCell(i).setCellStyle(header);
				example.createCell(i).setCellValue(column.example());
				example.getCell(i).setCellStyle(text);
				sheet.setColumnWidth(i, WIDTH * 256);
				sheet.setDefaultColumnStyle(i, text);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
