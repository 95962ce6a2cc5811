package th.go.cdd.fastdata.womenfund.committee;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.committee.ReportTables.Delta;
import th.go.cdd.fastdata.womenfund.committee.ReportTables.Table;

/**
 * The report as an Excel workbook: a sheet per table, numbers as numbers (so the office can add to
 * them), and native Excel bar charts (status groups per district, collections per district) that
 * read the sheet's own cells.
 */
@Component
class CommitteeWorkbook {

	/** Sheet names: at most 31 characters, no ':' or '/'. */
	private static final java.util.Map<String, String> SHEETS = java.util.Map.of("status", "สถานะลูกหนี้",
			"amounts", "ยอดเงินตามกลุ่ม", "changes", "การเปลี่ยนแปลง", "changesByDistrict", "เปลี่ยนแปลงรายอำเภอ",
			"collections", "รับชำระ", "measures", "มาตรการ", "cases", "ไกล่เกลี่ยและคดี", "visits", "ติดตามเยี่ยม");

	byte[] write(CommitteeReport report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			for (Table table : ReportTables.of(report)) {
				XSSFSheet sheet = workbook.createSheet(SHEETS.getOrDefault(table.key(), table.key()));
				int r = 0;
				r = text(sheet, r, report.title(), styles.title);
				r = text(sheet, r, "วันประชุม " + ThaiDates.longDate(report.meeting().meetingOn()) + "  ช่วงรายงาน "
						+ ThaiDates.longDate(report.meeting().periodFrom()) + " ถึง "
						+ ThaiDates.longDate(report.meeting().periodTo()), null);
				r = text(sheet, r, "ฉบับที่ " + report.version() + " สร้างเมื่อ " + ThaiDates.shortDateTime(report.generatedAt())
						+ " โดย " + report.generatedBy(), null);
				r++;
				r = text(sheet, r, table.title(), styles.bold);
				if (table.note() != null) {
					r = text(sheet, r, table.note(), null);
				}
				int headerRow = r;
				Row header = sheet.createRow(r++);
				for (int c = 0; c < table.headers().size(); c++) {
					Cell cell = header.createCell(c);
					cell.setCellValue(table.headers().get(c));
					cell.setCellStyle(styles.header);
				}
				int firstRow = r;
				for (List<Object> values : table.rows()) {
					row(sheet.createRow(r++), values, styles, false);
				}
				int lastRow = r - 1;
				if (table.total() != null) {
					row(sheet.createRow(r++), table.total(), styles, true);
				}
				sheet.setColumnWidth(0, 22 * 256);
				for (int c = 1; c < table.headers().size(); c++) {
					sheet.setColumnWidth(c, 18 * 256);
				}
				if ("status".equals(table.key()) && lastRow >= firstRow) {
					chart(sheet, "จำนวนโครงการตามกลุ่มสถานะ รายอำเภอ", headerRow, firstRow, lastRow, 1,
							CommitteeReport.GROUPS.size(), BarGrouping.CLUSTERED, r + 1);
				}
				if ("collections".equals(table.key()) && lastRow >= firstRow) {
					chart(sheet, "ยอดรับชำระหนี้ในช่วงรายงาน รายอำเภอ (บาท)", headerRow, firstRow, lastRow, 2, 1,
							BarGrouping.CLUSTERED, r + 1);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A bar chart over the rows' first column (districts) and {@code count} columns from {@code first}.
	 * Bars side by side: stacked bars need the "overlap" element, which poi-ooxml-lite's schemas lack.
	 */
	private static void chart(XSSFSheet sheet, String title, int headerRow, int firstRow, int lastRow, int first,
			int count, BarGrouping grouping, int atRow) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, atRow, 8, atRow + 20);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis districts = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
				new CellRangeAddress(firstRow, lastRow, 0, 0));
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, districts, values);
		data.setBarDirection(BarDirection.COL);
		data.setBarGrouping(grouping);
		data.setVaryColors(false);
		for (int c = first; c < first + count; c++) {
			XDDFNumericalDataSource<Double> column = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
					new CellRangeAddress(firstRow, lastRow, c, c));
			XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(names, column);
			series.setTitle(sheet.getRow(headerRow).getCell(c).getStringCellValue(),
					new CellReference(sheet.getSheetName(), headerRow, c, true, true));
		}
		chart.plot(data);
	}

	private static void row(Row row, List<Object> values, Styles styles, boolean total) {
		for (int c = 0; c < values.size(); c++) {
			Object value = values.get(c);
			Cell cell = row.createCell(c);
			if (value instanceof BigDecimal amount) {
				cell.setCellValue(amount.doubleValue());
				cell.setCellStyle(total ? styles.moneyTotal : styles.money);
			}
			else if (value instanceof Long n) {
				cell.setCellValue(n);
				cell.setCellStyle(total ? styles.countTotal : styles.count);
			}
			else if (value instanceof Delta delta && delta.value() != null) {
				cell.setCellValue(delta.value());
				cell.setCellStyle(total ? styles.deltaTotal : styles.delta);
			}
			else {
				cell.setCellValue(value == null ? ReportTables.MISSING : value.toString());
				if (total) {
					cell.setCellStyle(styles.bold);
				}
			}
		}
	}

	private static int text(XSSFSheet sheet, int r, String text, CellStyle style) {
		Cell cell = sheet.createRow(r).createCell(0);
		cell.setCellValue(text);
		if (style != null) {
			cell.setCellStyle(style);
		}
		return r + 1;
	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle bold;

		final CellStyle header;

		final CellStyle count;

		final CellStyle countTotal;

		final CellStyle money;

		final CellStyle moneyTotal;

		final CellStyle delta;

		final CellStyle deltaTotal;

		Styles(XSSFWorkbook workbook) {
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			Font titleFont = workbook.createFont();
			titleFont.setBold(true);
			titleFont.setFontHeightInPoints((short) 14);
			this.title = workbook.createCellStyle();
			this.title.setFont(titleFont);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(boldFont);
			this.header = workbook.createCellStyle();
			this.header.setFont(boldFont);
			this.header.setWrapText(true);
			short countFormat = workbook.createDataFormat().getFormat("#,##0");
			short moneyFormat = workbook.createDataFormat().getFormat("#,##0.00");
			short deltaFormat = workbook.createDataFormat().getFormat("+#,##0;-#,##0;0");
			this.count = styled(workbook, countFormat, null);
			this.countTotal = styled(workbook, countFormat, boldFont);
			this.money = styled(workbook, moneyFormat, null);
			this.moneyTotal = styled(workbook, moneyFormat, boldFont);
			this.delta = styled(workbook, deltaFormat, null);
			this.deltaTotal = styled(workbook, deltaFormat, boldFont);
		}

		private static CellStyle styled(XSSFWorkbook workbook, short format, Font font) {
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(format);
			if (font != null) {
				style.setFont(font);
			}
			return style;
		}

	}

}
