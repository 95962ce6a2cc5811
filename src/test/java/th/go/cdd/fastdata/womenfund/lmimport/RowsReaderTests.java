package th.go.cdd.fastdata.womenfund.lmimport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How headers are matched: the template's labels and keys, or a column mapping's headers. */
class RowsReaderTests {

	private static final Map<String, String> PAYMENT_COLUMNS = Map.of("project_code", "เลขที่ โครงการ",
			"paid_on", "Paid On", "amount", "ยอดชำระ (บาท)", "reference", "ใบเสร็จ");

	@Test
	void aMappedHeaderMatchesWhateverItsSpacingLineBreaksAndLatinCase() throws Exception {
		// as Excel keeps them: a line break typed in a cell, a no-break space, another case, spaces around
		byte[] xlsx = workbook(List.of("ลำดับ", "เลขที่\nโครงการ", "  PAID\u00A0ON ", "ยอดชำระ  (บาท)", "ใบเสร็จ"),
				List.of("1", "LM-1", "1/1/2569", "100", "R-1"));
		ImportProblems problems = new ImportProblems();
		List<SheetRow> rows = RowsReader.read(xlsx, FileFormat.XLSX, ImportKind.PAYMENTS,
				ColumnMapping.unnamed(ImportKind.PAYMENTS, PAYMENT_COLUMNS), problems);
		assertThat(problems.isEmpty()).isTrue();
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.get("project_code")).isEqualTo("LM-1");
			assertThat(row.get("paid_on")).isEqualTo("1/1/2569");
			assertThat(row.get("amount")).isEqualTo("100");
			assertThat(row.get("reference")).isEqualTo("R-1");
		});
	}

	@Test
	void aMappedHeaderTheFileLacksIsAProblemOfRowOneNamingItButABracketNoteIsNotIgnored() {
		// the template's loose matching drops "(บาท)"; a mapping's header is the header she named
		byte[] csv = "เลขที่ โครงการ,Paid On,ยอดชำระ (สตางค์),ใบเสร็จ\nLM-1,1/1/2569,100,R-1\n".getBytes(StandardCharsets.UTF_8);
		ImportProblems problems = new ImportProblems();
		RowsReader.read(csv, FileFormat.CSV, ImportKind.PAYMENTS,
				new ColumnMapping(null, "ธนาคาร", ImportKind.PAYMENTS, PAYMENT_COLUMNS, null, null), problems);
		assertThat(problems.kept()).singleElement().satisfies(problem -> {
			assertThat(problem.row()).isEqualTo(1);
			assertThat(problem.column()).isEqualTo("amount");
			assertThat(problem.value()).isEqualTo("ยอดชำระ (บาท)");
			assertThat(problem.message()).isEqualTo(
					"ไม่พบคอลัมน์ \"ยอดชำระ (บาท)\" ที่การจับคู่ \"ธนาคาร\" กำหนดให้เป็น \"จำนวนเงิน\" (amount) ในแถวหัวตาราง");
		});
	}

	@Test
	void withoutAMappingTheTemplateLabelsOrKeysFitAndTheMappingScreenStartsFromThem() {
		assertThat(RowsReader.fitsTemplate(List.of("รหัสโครงการ", "Paid_On", "จำนวน เงิน", "reference"), ImportKind.PAYMENTS))
			.isTrue();
		List<String> own = List.of("เลขที่โครงการ LM", "วันที่ชำระ", "ยอด", "เลขที่อ้างอิง");
		assertThat(RowsReader.fitsTemplate(own, ImportKind.PAYMENTS)).isFalse();
		PendingFile pending = PendingFile.of("0".repeat(64), "own.csv", ImportKind.PAYMENTS,
				List.of(new RowsReader.Line(1, own), new RowsReader.Line(2, List.of("LM-1", "1/1/2569", "100", "R-1"))));
		assertThat(pending.templateHeaders()).containsExactly(Map.entry("paid_on", "วันที่ชำระ"),
				Map.entry("reference", "เลขที่อ้างอิง"));
		assertThat(pending.describe("ยอด")).isEqualTo("ยอด (เช่น 100)");
	}

	@Test
	void aMappingKeepsOnlyTheKindsColumnsInItsOrderAndRoundTripsAsAnImportKeepsIt() {
		ColumnMapping mapping = ColumnMapping.unnamed(ImportKind.PAYMENTS,
				Map.of("reference", " ใบ\tเสร็จ ", "project_code", "รหัส", "national_id", "ไม่ใช่ของการชำระเงิน", "amount", " "));
		assertThat(mapping.headers()).containsExactly(Map.entry("project_code", "รหัส"), Map.entry("reference", "ใบ เสร็จ"));
		assertThat(mapping.missingRequired()).extracting(ImportColumn::key).containsExactly("paid_on", "amount");
		assertThat(ColumnMapping.decoded("x", ImportKind.PAYMENTS, mapping.encoded()).headers()).isEqualTo(mapping.headers());
	}

	private static byte[] workbook(List<String> header, List<String> values) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("LM");
			Row head = sheet.createRow(0);
			Row row = sheet.createRow(1);
			for (int i = 0; i < header.size(); i++) {
				head.createCell(i).setCellValue(header.get(i));
				row.createCell(i).setCellValue(values.get(i));
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
