package th.go.cdd.fastdata.womenfund.document;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import th.go.cdd.fastdata.thai.ThaiDates;

/** The missing-documents list as an Excel workbook (streamed, as the registry's export is). */
final class MissingDocumentsExport {

	static final List<String> HEADERS = List.of("รหัสโครงการ (LM)", "ชื่อโครงการ", "อำเภอ", "ตำบล", "ปีงบประมาณ",
			"กลุ่มสถานะ", "เอกสารที่ยังไม่มี");

	private static final int[] WIDTHS = { 18, 45, 18, 18, 12, 16, 24 };

	private MissingDocumentsExport() {
	}

	static long write(String title, LocalDate asOf, String typeName, Iterable<MissingDocuments.Line> lines,
			Map<Long, String> districts, Map<Long, String> subdistricts, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		try {
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			CellStyle bold = workbook.createCellStyle();
			bold.setFont(boldFont);
			SXSSFSheet sheet = workbook.createSheet("เอกสารที่ยังไม่มี");
			for (int i = 0; i < WIDTHS.length; i++) {
				sheet.setColumnWidth(i, WIDTHS[i] * 256);
			}
			Row titleRow = sheet.createRow(0);
			titleRow.createCell(0).setCellValue(title + " · ข้อมูล ณ วันที่ " + ThaiDates.shortDate(asOf));
			titleRow.getCell(0).setCellStyle(bold);
			Row header = sheet.createRow(1);
			for (int i = 0; i < HEADERS.size(); i++) {
				header.createCell(i).setCellValue(HEADERS.get(i));
				header.getCell(i).setCellStyle(bold);
			}
			int last = 1;
			for (MissingDocuments.Line line : lines) {
				Row row = sheet.createRow(++last);
				row.createCell(0).setCellValue(line.code());
				row.createCell(1).setCellValue(line.name());
				text(row, 2, districts.get(line.districtId()));
				text(row, 3, line.subdistrictId() == null ? null : subdistricts.get(line.subdistrictId()));
				row.createCell(4).setCellValue(line.fiscalYear());
				text(row, 5, line.group() == null ? null : line.group().label());
				row.createCell(6).setCellValue(typeName);
			}
			sheet.createFreezePane(0, 2);
			sheet.setAutoFilter(new CellRangeAddress(1, last, 0, HEADERS.size() - 1));
			workbook.write(out);
			return last - 1;
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	private static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}

}
