package th.go.cdd.fastdata.womenfund.project;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * The project list as an Excel workbook for the committee reports. Written with POI's streaming
 * workbook, which keeps only a window of rows in memory and the rest in a temporary file, so a
 * province-wide list of 100,000 projects costs a few megabytes, not a few gigabytes.
 */
@Component
class ProjectListExport {

	static final String SHEET = "โครงการ";

	static final String TITLE = "รายชื่อโครงการกองทุนพัฒนาบทบาทสตรี";

	static final List<String> HEADERS = List.of("รหัสโครงการ (LM)", "ชื่อโครงการ", "อำเภอ", "ตำบล", "ปีงบประมาณ",
			"วงเงินอนุมัติ (บาท)", "กลุ่มสถานะ", "ยอดค้างชำระ (บาท)", "ยอดคงเหลือ (บาท)", "ครบอายุความ", "เหตุผล");

	// In characters; Thai vowel and tone marks take no width of their own, so names need fewer than
	// their length suggests. autoSizeColumn is not used: on a streaming sheet it sees only the window.
	private static final int[] WIDTHS = { 16, 45, 18, 18, 12, 18, 16, 18, 18, 14, 60 };

	private static final int TITLE_ROW = 0;

	private static final int HEADER_ROW = 1;

	// Rows kept in memory before they are flushed to the temporary file.
	private static final int WINDOW = 200;

	/** A project with the names of its district and subdistrict, as the sheet shows them. */
	record Line(ProjectRow row, String district, String subdistrict) {
	}

	/**
	 * Writes the sheet: a title with the filters and the date of the data, a header, then one row a
	 * project. {@code lines} may be read lazily (page by page from the database); it is read once.
	 * @return the number of projects written
	 */
	long write(String filters, LocalDate asOf, Iterable<Line> lines, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		try {
			Styles styles = new Styles(workbook);
			SXSSFSheet sheet = workbook.createSheet(SHEET);
			for (int i = 0; i < WIDTHS.length; i++) {
				sheet.setColumnWidth(i, WIDTHS[i] * 256);
			}
			Row title = sheet.createRow(TITLE_ROW);
			title.createCell(0).setCellValue(TITLE + " · " + filters + " · ข้อมูล ณ วันที่ " + ThaiDates.shortDate(asOf));
			title.getCell(0).setCellStyle(styles.bold);
			Row header = sheet.createRow(HEADER_ROW);
			for (int i = 0; i < HEADERS.size(); i++) {
				header.createCell(i).setCellValue(HEADERS.get(i));
				header.getCell(i).setCellStyle(styles.header);
			}
			int last = HEADER_ROW;
			for (Line line : lines) {
				writeRow(sheet.createRow(++last), line, styles);
			}
			// Title and header stay in view while scrolling; the filter covers the written rows.
			sheet.createFreezePane(0, HEADER_ROW + 1);
			sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, HEADERS.size() - 1));
			workbook.write(out);
			return last - HEADER_ROW;
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	private static void writeRow(Row sheetRow, Line line, Styles styles) {
		ProjectRow row = line.row();
		text(sheetRow, 0, row.code());
		text(sheetRow, 1, row.name());
		text(sheetRow, 2, line.district());
		text(sheetRow, 3, line.subdistrict());
		sheetRow.createCell(4).setCellValue(row.fiscalYear());
		amount(sheetRow, 5, row.approvedAmount(), styles);
		text(sheetRow, 6, row.group() == null ? null : row.group().label());
		amount(sheetRow, 7, row.overdueAmount(), styles);
		amount(sheetRow, 8, row.outstandingAmount(), styles);
		// Text, not a date cell: Excel can only show Christian years, and the office reads B.E.
		text(sheetRow, 9, row.limitationEndsOn() == null ? null : ThaiDates.shortDate(row.limitationEndsOn()));
		text(sheetRow, 10, row.reasons());
	}

	// A missing value is left as an empty cell (not "–") so Excel's filter lists it as (ว่าง).
	private static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}

	private static void amount(Row row, int column, BigDecimal value, Styles styles) {
		if (value != null) {
			row.createCell(column).setCellValue(value.doubleValue());
			row.getCell(column).setCellStyle(styles.amount);
		}
	}

	/** Created once a workbook: Excel allows only about 64,000 styles in one file. */
	private static final class Styles {

		final CellStyle bold;

		final CellStyle header;

		final CellStyle amount;

		Styles(SXSSFWorkbook workbook) {
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(boldFont);
			this.header = workbook.createCellStyle();
			this.header.setFont(boldFont);
			this.header.setWrapText(true);
			this.amount = workbook.createCellStyle();
			this.amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
		}

	}

}
