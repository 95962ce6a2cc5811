package th.go.cdd.fastdata.womenfund.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.project.ProjectListExport.Line;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * The project list as an Excel file: the list page's filters within the user's districts, for
 * every role that may see the list. Each download is audited, since the file leaves the system.
 */
@Controller
class ProjectExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final int PAGE_SIZE = 1_000;

	// Beyond this the workbook is too large to open comfortably, and the request holds a thread for long.
	static final int MAX_ROWS = 200_000;

	// A printed list of more is about 50 A4 sheets: nobody reads it, and a narrower filter is meant.
	static final int MAX_PRINT_ROWS = 2_000;

	private final CurrentUsers currentUsers;

	private final ProjectStatusRepository statuses;

	private final OrganisationDirectory directory;

	private final ProjectListExport export;

	private final AuditLog audit;

	private final Clock clock;

	ProjectExportController(CurrentUsers currentUsers, ProjectStatusRepository statuses, OrganisationDirectory directory,
			ProjectListExport export, AuditLog audit, Clock clock) {
		this.currentUsers = currentUsers;
		this.statuses = statuses;
		this.directory = directory;
		this.export = export;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/womenfund/projects.xlsx")
	void download(@RequestParam(required = false) Long districtId, @RequestParam(required = false) Long subdistrictId,
			@RequestParam(required = false) Long villageId, @RequestParam(required = false) Integer fiscalYear,
			@RequestParam(required = false) StatusGroup group, @RequestParam(defaultValue = "NEWEST") ListOrder order,
			HttpServletResponse response) throws IOException {
		Scope scope = this.currentUsers.scope();
		Filter filter = new Filter(scope, districtId, subdistrictId, subdistrictId == null ? null : villageId,
				fiscalYear, group, order);
		Page<ProjectRow> first = page(filter, 0);
		if (first.getTotalElements() > MAX_ROWS) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.format(Locale.ROOT,
					"พบ %,d โครงการ เกินกว่าที่ส่งออกได้ครั้งละ %,d รายการ กรุณาเลือกปีงบประมาณ อำเภอ ตำบล หรือกลุ่มสถานะให้แคบลง",
					first.getTotalElements(), MAX_ROWS));
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK));
		String filters = describe(filter);
		// Logged before the file is sent: an interrupted download may still have handed out rows.
		this.audit.exported("Project", "ส่งออกรายชื่อโครงการ " + first.getTotalElements() + " รายการ (" + filters + ")");
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName(today), StandardCharsets.UTF_8).build().toString());
		this.export.write(filters, today, () -> lines(filter, first), response.getOutputStream());
	}

	/**
	 * The same list on paper: every row of the filters on one page made for printing (A4, the
	 * table's header repeated on each sheet), with the filters, totals, who printed it and when.
	 * Audited like a download, since the paper leaves the system too.
	 */
	@GetMapping("/womenfund/projects/print")
	String print(@RequestParam(required = false) Long districtId, @RequestParam(required = false) Long subdistrictId,
			@RequestParam(required = false) Long villageId, @RequestParam(required = false) Integer fiscalYear,
			@RequestParam(required = false) StatusGroup group, @RequestParam(defaultValue = "NEWEST") ListOrder order,
			Model model) {
		Scope scope = this.currentUsers.scope();
		Filter filter = new Filter(scope, districtId, subdistrictId, subdistrictId == null ? null : villageId,
				fiscalYear, group, order);
		Page<ProjectRow> first = page(filter, 0);
		String filters = describe(filter);
		model.addAttribute("filters", filters);
		model.addAttribute("total", first.getTotalElements());
		model.addAttribute("maxRows", MAX_PRINT_ROWS);
		model.addAttribute("printedAt", java.time.LocalDateTime.now(this.clock.withZone(ThaiDates.BANGKOK)));
		model.addAttribute("printedBy", this.currentUsers.current().map(u -> u.displayName()).orElse(""));
		java.util.Map<String, String> back = new java.util.LinkedHashMap<>();
		back.put("districtId", districtId == null ? "" : districtId.toString());
		back.put("subdistrictId", subdistrictId == null ? "" : subdistrictId.toString());
		back.put("villageId", filter.villageId() == null ? "" : filter.villageId().toString());
		back.put("fiscalYear", fiscalYear == null ? "" : fiscalYear.toString());
		back.put("group", group == null ? "" : group.name());
		back.put("order", order.name());
		model.addAttribute("backLink", back);
		if (first.getTotalElements() > MAX_PRINT_ROWS) {
			model.addAttribute("lines", List.of());
			return "womenfund/projectPrint";
		}
		this.audit.exported("Project", "พิมพ์รายชื่อโครงการ " + first.getTotalElements() + " รายการ (" + filters + ")");
		List<Line> lines = new java.util.ArrayList<>();
		lines(filter, first).forEachRemaining(lines::add);
		model.addAttribute("lines", lines);
		model.addAttribute("approvedTotal", sum(lines, ProjectRow::approvedAmount));
		model.addAttribute("overdueTotal", sum(lines, ProjectRow::overdueAmount));
		model.addAttribute("outstandingTotal", sum(lines, ProjectRow::outstandingAmount));
		return "womenfund/projectPrint";
	}

	private static java.math.BigDecimal sum(List<Line> lines,
			java.util.function.Function<ProjectRow, java.math.BigDecimal> amount) {
		return lines.stream()
			.map(line -> amount.apply(line.row()))
			.filter(Objects::nonNull)
			.reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
	}

	// The error page shows no messages (server.error.include-message=never), yet the officer must
	// learn why: the Thai reason is sent as it is.
	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<String> refused(ResponseStatusException ex) {
		return ResponseEntity.status(ex.getStatusCode())
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(ex.getReason());
	}

	/** "projects-2569-11-25.xlsx": the date in B.E., as the office files its reports. */
	static String fileName(LocalDate date) {
		return "projects-%d-%02d-%02d.xlsx".formatted(ThaiDates.buddhistYear(date), date.getMonthValue(),
				date.getDayOfMonth());
	}

	/** The list page's filters within a scope. */
	private record Filter(Scope scope, Long districtId, Long subdistrictId, Long villageId, Integer fiscalYear,
			StatusGroup group, ListOrder order) {
	}

	/** A page in the list page's order, then by id so that paging never repeats or skips a tie. */
	private Page<ProjectRow> page(Filter filter, int number) {
		return this.statuses.findRows(filter.scope().queryIds(), filter.districtId(), filter.subdistrictId(),
				filter.villageId(), filter.fiscalYear(), filter.group(),
				PageRequest.of(number, PAGE_SIZE, filter.order().sort().and(JpaSort.unsafe("p.id"))));
	}

	/** "ปีงบประมาณ 2569, อำเภอกะทู้, ทุกตำบล, กลุ่มสถานะขาดอายุความ", named from the page's own choices. */
	private String describe(Filter filter) {
		String district = filter.districtId() == null ? "ทุกอำเภอ"
				: label(this.directory.districtsIn(filter.scope()), filter.districtId(), "อำเภอ");
		// a subdistrict is named only within its district, as the list page offers it
		String subdistrict = filter.subdistrictId() == null ? "ทุกตำบล"
				: label(filter.districtId() == null ? List.of()
						: this.directory.subdistrictsOf(filter.scope(), filter.districtId()), filter.subdistrictId(), "ตำบล");
		String village = filter.villageId() == null ? "ทุกหมู่บ้าน"
				: label(this.directory.villagesOf(filter.scope(), filter.subdistrictId()), filter.villageId(), "หมู่บ้าน");
		return String.join(", ", filter.fiscalYear() == null ? "ทุกปีงบประมาณ" : "ปีงบประมาณ " + filter.fiscalYear(),
				district, subdistrict, village,
				filter.group() == null ? "ทุกกลุ่มสถานะ" : "กลุ่มสถานะ" + filter.group().label(),
				"เรียงตาม" + filter.order().label());
	}

	// An area outside the scope is not named, as the list page would not offer it.
	private static String label(List<AreaOption> options, Long id, String kind) {
		return options.stream().filter(o -> o.id().equals(id)).map(AreaOption::label).findFirst()
			.orElse(kind + "นอกพื้นที่รับผิดชอบ");
	}

	/** The rows page by page, each read only when the workbook reaches it, with their area names. */
	private Iterator<Line> lines(Filter filter, Page<ProjectRow> first) {
		Set<Long> scopeIds = filter.scope().districtIds();
		Map<Long, String> districts = scopeIds.isEmpty() ? Map.of() : this.directory.districtLabels(scopeIds);
		Map<Long, String> subdistricts = new HashMap<>();
		return Stream.iterate(first, Objects::nonNull, page -> page.hasNext() ? page(filter, page.getNumber() + 1) : null)
			.flatMap(page -> {
				// Looks up only the subdistricts not met on earlier pages.
				Set<Long> missing = page.stream().map(ProjectRow::subdistrictId)
					.filter(id -> id != null && !subdistricts.containsKey(id)).collect(Collectors.toSet());
				if (!missing.isEmpty()) {
					subdistricts.putAll(this.directory.subdistrictLabels(missing));
				}
				return page.stream();
			})
			.map(row -> new Line(row, districts.get(row.districtId()), subdistricts.get(row.subdistrictId())))
			.iterator();
	}

}
