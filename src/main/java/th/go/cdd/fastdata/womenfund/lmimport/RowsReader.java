package th.go.cdd.fastdata.womenfund.lmimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of a workbook, or a CSV, into rows keyed by column. Without a
 * {@link ColumnMapping} the header row may use the keys ({@code national_id}) or the template's
 * Thai labels (เลขประจำตัวประชาชน), in any case and spacing; with one, each column is found by
 * the header the mapping names. A missing required column is a problem of row 1.
 */
final class RowsReader {

	private RowsReader() {
	}

	/** @param mapping the headers to read our columns from, or null for the template's labels and keys */
	static List<SheetRow> read(byte[] content, FileFormat format, ImportKind kind, ColumnMapping mapping,
			ImportProblems problems) {
		return rows(lines(content, format), kind, mapping, problems);
	}

	/** Every line of the file, the header first; refuses a file without one. */
	static List<Line> lines(byte[] content, FileFormat format) {
		List<Line> lines = format == FileFormat.CSV ? csv(FileFormat.decode(content)) : workbook(content);
		if (lines.isEmpty()) {
			throw ImportRefused.badFile("ไฟล์ว่าง ไม่พบแถวหัวตาราง");
		}
		return lines;
	}

	static List<SheetRow> rows(List<Line> lines, ImportKind kind, ColumnMapping mapping, ImportProblems problems) {
		List<String> header = lines.get(0).cells();
		Map<String, Integer> keys = mapping == null ? byTemplate(header, kind, problems) : byMapping(header, mapping, problems);
		List<SheetRow> rows = new ArrayList<>(lines.size());
		for (Line line : lines.subList(1, lines.size())) {
			Map<String, String> values = new HashMap<>();
			boolean blank = true;
			for (Map.Entry<String, Integer> key : keys.entrySet()) {
				String value = key.getValue() < line.cells().size() ? line.cells().get(key.getValue()) : "";
				values.put(key.getKey(), value);
				blank &= value.isBlank();
			}
			// an empty line (often the last of a file) is not a row with every value missing
			if (!blank) {
				rows.add(new SheetRow(line.rowNo(), values));
			}
		}
		return rows;
	}

	/** Whether the header has every required column by the template's label or key, so no mapping is needed. */
	static boolean fitsTemplate(List<String> header, ImportKind kind) {
		ImportProblems problems = new ImportProblems();
		byTemplate(header, kind, problems);
		return problems.isEmpty();
	}

	/** The file's header that is the column's Thai label or key, if any: what the mapping screen selects first. */
	static String templateHeader(List<String> header, ImportColumn column) {
		return header.stream()
			.filter(h -> normalised(h).equals(normalised(column.label())) || normalised(h).equals(normalised(column.key())))
			.findFirst()
			.map(ColumnMapping::tidy)
			.orElse(null);
	}

	/** Key → column index, for the columns this kind knows; others are ignored. */
	private static Map<String, Integer> byTemplate(List<String> cells, ImportKind kind, ImportProblems problems) {
		Map<String, String> byName = new HashMap<>();
		kind.columns().forEach(c -> {
			byName.put(normalised(c.key()), c.key());
			byName.put(normalised(c.label()), c.key());
		});
		Map<String, Integer> keys = new LinkedHashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			String key = byName.get(normalised(cells.get(i)));
			if (key != null) {
				keys.putIfAbsent(key, i);
			}
		}
		for (ImportColumn column : kind.columns()) {
			if (column.required() && !keys.containsKey(column.key())) {
				problems.add(1, column.key(), null,
						"ไม่พบคอลัมน์ \"" + column.label() + "\" (" + column.key() + ") ในแถวหัวตาราง");
			}
		}
		return keys;
	}

	/** Key → column index by the mapping's headers; a mapped header the file lacks is a problem naming it. */
	private static Map<String, Integer> byMapping(List<String> cells, ColumnMapping mapping, ImportProblems problems) {
		Map<String, Integer> byHeader = new HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			byHeader.putIfAbsent(ColumnMapping.matchKey(cells.get(i)), i);
		}
		String which = mapping.name() == null ? "ที่จับคู่ไว้" : "ที่การจับคู่ \"" + mapping.name() + "\" กำหนด";
		Map<String, Integer> keys = new LinkedHashMap<>();
		for (ImportColumn column : mapping.kind().columns()) {
			String header = mapping.header(column.key());
			Integer index = header == null ? null : byHeader.get(ColumnMapping.matchKey(header));
			if (index != null) {
				keys.put(column.key(), index);
			}
			else if (header != null) {
				problems.add(1, column.key(), header, "ไม่พบคอลัมน์ \"" + header + "\" " + which + "ให้เป็น \""
						+ column.label() + "\" (" + column.key() + ") ในแถวหัวตาราง");
			}
			else if (column.required()) {
				problems.add(1, column.key(), null, "การจับคู่คอลัมน์ไม่ได้ระบุคอลัมน์ \"" + column.label() + "\" ("
						+ column.key() + ") ซึ่งต้องมี");
			}
		}
		return keys;
	}

	// "Project Code", "project_code" and "รหัส โครงการ (LM)" all match; a note in brackets is ignored.
	private static String normalised(String header) {
		return header.replaceAll("\\(.*?\\)", "").replaceAll("[\\s_\\-\\uFEFF\\u00A0]", "").toLowerCase(Locale.ROOT);
	}

	record Line(int rowNo, List<String> cells) {
	}

	private static List<Line> csv(String text) {
		List<Line> lines = new ArrayList<>();
		// empty lines are kept as records so that record numbers stay the line numbers the user sees
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				lines.add(new Line((int) record.getRecordNumber(), record.toList()));
			}
		}
		catch (IOException | RuntimeException ex) {
			throw ImportRefused.badFile("อ่านไฟล์ CSV ไม่ได้: " + ex.getMessage());
		}
		return lines;
	}

	private static List<Line> workbook(byte[] content) {
		List<Line> lines = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
					cells.add(text(row.getCell(i)));
				}
				lines.add(new Line(row.getRowNum() + 1, cells));
			}
		}
		catch (IOException | RuntimeException ex) {
			throw ImportRefused.badFile("อ่านไฟล์ Excel ไม่ได้ กรุณาบันทึกเป็น .xlsx แล้วลองอีกครั้ง");
		}
		return lines;
	}

	/** A cell as text: a date cell as an ISO date, a number without ".0" or exponent (IDs keep every digit). */
	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? cell.getLocalDateTimeCellValue().toLocalDate().toString()
					: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

}
