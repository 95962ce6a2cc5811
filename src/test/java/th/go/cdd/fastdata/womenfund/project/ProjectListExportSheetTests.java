package th.go.cdd.fastdata.womenfund.project;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.server.ResponseStatusException;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.thai.ThaiDates;

import th.go.cdd.fastdata.womenfund.project.ProjectListExport.Line;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The workbook alone, from hand-made rows: what an office clerk opens in Excel; and the row limit. */
class ProjectListExportSheetTests {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

	@Test
	void writesTitleHeaderAndOneRowAProjectWithNumbersAsNumbersAndDatesInTheBuddhistEra() throws Exception {
		ProjectRow barred = new ProjectRow(1L, "LM-83020001", "กลุ่มทำขนมบ้านกะทู้", 2L, 20L, null, 2560,
				new BigDecimal("200000.00"), StatusGroup.TIME_BARRED, AS_OF, LocalDate.of(2026, 3, 1),
				new BigDecimal("123456.78"), new BigDecimal("150000.50"), "ผิดนัดชำระและพ้นอายุความ 5 ปี");
		ProjectRow settled = new ProjectRow(2L, "LM-83020002", "กลุ่มจักสาน", 2L, null, null, 2565,
				new BigDecimal("50000.00"), StatusGroup.SETTLED, AS_OF, null, BigDecimal.ZERO, BigDecimal.ZERO, null);
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		long written = new ProjectListExport().write("ทุกปีงบประมาณ, อำเภอกะทู้", AS_OF,
				List.of(new Line(barred, "อำเภอกะทู้", "ตำบลกะทู้"), new Line(settled, "อำเภอกะทู้", null)), out);

		assertThat(written).isEqualTo(2);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFSheet sheet = workbook.getSheet("โครงการ");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(
					"รายชื่อโครงการกองทุนพัฒนาบทบาทสตรี · ทุกปีงบประมาณ, อำเภอกะทู้ · ข้อมูล ณ วันที่ 25 พ.ย. 2569");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("รหัสโครงการ (LM)");
			assertThat(sheet.getRow(1).getCell(10).getStringCellValue()).isEqualTo("เหตุผล");
			assertThat(sheet.getLastRowNum()).isEqualTo(3);

			Row first = sheet.getRow(2);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("LM-83020001");
			assertThat(first.getCell(2).getStringCellValue()).isEqualTo("อำเภอกะทู้");
			assertThat(first.getCell(3).getStringCellValue()).isEqualTo("ตำบลกะทู้");
			assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(2560);
			assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(200000.00);
			assertThat(first.getCell(6).getStringCellValue()).isEqualTo("ขาดอายุความ");
			assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(123456.78);
			assertThat(first.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(150000.50);
			assertThat(first.getCell(9).getCellType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(9).getStringCellValue()).isEqualTo("1 มี.ค. 2569");
			assertThat(first.getCell(10).getStringCellValue()).isEqualTo("ผิดนัดชำระและพ้นอายุความ 5 ปี");

			// missing values stay empty, so Excel's filter lists them as blanks
			Row second = sheet.getRow(3);
			assertThat(second.getCell(3)).isNull();
			assertThat(second.getCell(9)).isNull();
			assertThat(second.getCell(10)).isNull();
			assertThat(second.getCell(7).getNumericCellValue()).isZero();

			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:K4");
			assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
		}
	}

	@Test
	void aListBeyondTheLimitIsRefusedInThaiBeforeAnythingIsWrittenOrAudited() throws Exception {
		CurrentUsers users = mock(CurrentUsers.class);
		when(users.scope()).thenReturn(new Scope(Set.of(2L)));
		ProjectStatusRepository statuses = mock(ProjectStatusRepository.class);
		when(statuses.findRows(any(), any(), any(), any(), any(), any(), any())).thenAnswer(call -> new PageImpl<ProjectRow>(
				List.of(), call.getArgument(6), ProjectExportController.MAX_ROWS + 1L));
		AuditLog audit = mock(AuditLog.class);
		ProjectExportController controller = new ProjectExportController(users, statuses, mock(OrganisationDirectory.class),
				new ProjectListExport(), audit, Clock.systemUTC());
		MockHttpServletResponse response = new MockHttpServletResponse();

		ResponseStatusException refused = assertThrows(ResponseStatusException.class,
				() -> controller.download(null, null, null, null, null, ListOrder.NEWEST, response));

		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getReason()).startsWith("พบ 200,001 โครงการ").contains("ให้แคบลง");
		assertThat(response.getContentAsByteArray()).isEmpty();
		verifyNoInteractions(audit);
		assertThat(controller.refused(refused).getBody()).isEqualTo(refused.getReason());
		assertThat(controller.refused(refused).getHeaders().getContentType().getCharset()).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void aLongListIsReadPageByPageAndWrittenWholeInOrder() throws Exception {
		List<ProjectRow> rows = java.util.stream.IntStream.range(0, 2_500)
			.mapToObj(i -> new ProjectRow((long) i, "LM-%05d".formatted(i), "โครงการ " + i, 2L, 20L + i % 3, null, 2565,
					BigDecimal.TEN, StatusGroup.NORMAL, AS_OF, null, BigDecimal.ZERO, BigDecimal.TEN, null))
			.toList();
		ProjectStatusRepository statuses = mock(ProjectStatusRepository.class);
		when(statuses.findRows(any(), any(), any(), any(), any(), any(), any())).thenAnswer(call -> {
			Pageable page = call.getArgument(6);
			int from = (int) page.getOffset();
			return new PageImpl<>(rows.subList(from, Math.min(rows.size(), from + page.getPageSize())), page, rows.size());
		});
		OrganisationDirectory directory = mock(OrganisationDirectory.class);
		when(directory.districtLabels(any())).thenReturn(Map.of(2L, "อำเภอกะทู้"));
		when(directory.subdistrictLabels(any())).thenAnswer(call -> call.<Set<Long>>getArgument(0).stream()
			.collect(Collectors.toMap(id -> id, id -> "ตำบล " + id)));
		CurrentUsers users = mock(CurrentUsers.class);
		when(users.scope()).thenReturn(new Scope(Set.of(2L)));
		AuditLog audit = mock(AuditLog.class);
		MockHttpServletResponse response = new MockHttpServletResponse();

		new ProjectExportController(users, statuses, directory, new ProjectListExport(), audit,
				Clock.fixed(java.time.Instant.parse("2026-11-25T03:00:00Z"), ThaiDates.BANGKOK))
			.download(null, null, null, null, null, ListOrder.NEWEST, response);

		verify(statuses, times(3)).findRows(any(), any(), any(), any(), any(), any(), any());
		verify(audit).exported("Project", "ส่งออกรายชื่อโครงการ 2500 รายการ (ทุกปีงบประมาณ, ทุกอำเภอ, ทุกตำบล, ทุกหมู่บ้าน, ทุกกลุ่มสถานะ,"
						+ " เรียงตามปีงบประมาณล่าสุดก่อน)");
		// subdistricts already named on the first page are not looked up again
		verify(directory, times(1)).subdistrictLabels(any());
		assertThat(response.getHeader("Content-Disposition")).contains("projects-2569-11-25.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(2_501);
			for (int i = 0; i < rows.size(); i++) {
				assertThat(sheet.getRow(i + 2).getCell(0).getStringCellValue()).isEqualTo(rows.get(i).code());
			}
			assertThat(sheet.getRow(2_501).getCell(3).getStringCellValue()).isEqualTo("ตำบล 20");
		}
	}

	@Test
	void anEmptyListStillHasItsTitleAndHeader() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(new ProjectListExport().write("ทุกปีงบประมาณ", AS_OF, List.of(), out)).isZero();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(4).getStringCellValue()).isEqualTo("ปีงบประมาณ");
		}
	}

}
