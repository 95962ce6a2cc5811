package th.go.cdd.fastdata.womenfund.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.project.ProjectRepository;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * Projects lacking a kind of document, per district ("โครงการที่ยังไม่มีสัญญาค้ำประกัน"), on a
 * page and as Excel, within the user's districts. The entry page of the project file's menu.
 */
@Controller
class MissingDocumentsController {

	static final int PAGE_SIZE = 50;

	static final int MAX_EXPORT_ROWS = 200_000;

	/** The handbook office's example: projects without a signed guarantee contract. */
	static final String FIRST_CHOICE = "GUARANTEE_CONTRACT";

	private final CurrentUsers currentUsers;

	private final MissingDocuments missing;

	private final ProjectDocuments documents;

	private final OrganisationDirectory directory;

	private final ProjectRepository projects;

	private final AuditLog audit;

	private final Clock clock;

	MissingDocumentsController(CurrentUsers currentUsers, MissingDocuments missing, ProjectDocuments documents,
			OrganisationDirectory directory, ProjectRepository projects, AuditLog audit, ObjectProvider<Clock> clock) {
		this.currentUsers = currentUsers;
		this.missing = missing;
		this.documents = documents;
		this.directory = directory;
		this.projects = projects;
		this.audit = audit;
		this.clock = clock.getIfAvailable(() -> Clock.system(ThaiDates.BANGKOK));
	}

	@GetMapping("/womenfund/documents")
	String list(@RequestParam(required = false) String type, @RequestParam(required = false) Long districtId,
			@RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) StatusGroup group,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Scope scope = this.currentUsers.scope();
		List<DocumentType> types = this.documents.types();
		DocumentType chosen = chosen(types, type);
		MissingDocuments.Filter filter = filter(scope, chosen, districtId, fiscalYear, group);
		long total = this.missing.count(filter);
		int number = Math.max(0, Math.min(page, (int) ((total - 1) / PAGE_SIZE)));
		List<MissingDocuments.Line> lines = this.missing.page(filter, number * PAGE_SIZE, PAGE_SIZE);
		List<AreaOption> districts = this.directory.districtsIn(scope);
		Map<Long, String> districtNames = labels(districts);
		model.addAttribute("types", types);
		model.addAttribute("type", chosen);
		model.addAttribute("districts", districts);
		model.addAttribute("districtNames", districtNames);
		model.addAttribute("subdistrictNames", subdistricts(lines));
		model.addAttribute("fiscalYears", this.projects.fiscalYearsInScope(scope.queryIds()));
		model.addAttribute("groups", StatusGroup.values());
		model.addAttribute("districtId", filter.districtId());
		model.addAttribute("fiscalYear", fiscalYear);
		model.addAttribute("group", group);
		model.addAttribute("lines", lines);
		model.addAttribute("total", total);
		model.addAttribute("page", number);
		model.addAttribute("pages", Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("counts", this.missing.byDistrict(filter));
		return "womenfund/document/missing";
	}

	@GetMapping("/womenfund/documents/missing.xlsx")
	void export(@RequestParam(required = false) String type, @RequestParam(required = false) Long districtId,
			@RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) StatusGroup group,
			HttpServletResponse response) throws IOException {
		Scope scope = this.currentUsers.scope();
		DocumentType chosen = chosen(this.documents.types(), type);
		MissingDocuments.Filter filter = filter(scope, chosen, districtId, fiscalYear, group);
		List<MissingDocuments.Line> lines = this.missing.page(filter, 0, MAX_EXPORT_ROWS);
		Map<Long, String> districtNames = labels(this.directory.districtsIn(scope));
		String title = "โครงการที่ยังไม่มี" + chosen.getNameTh() + " · "
				+ (filter.districtId() == null ? "ทุกอำเภอ" : districtNames.get(filter.districtId())) + " · "
				+ (fiscalYear == null ? "ทุกปีงบประมาณ" : "ปีงบประมาณ " + fiscalYear) + " · "
				+ (group == null ? "ทุกกลุ่มสถานะ" : "กลุ่มสถานะ" + group.label());
		LocalDate today = LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK));
		this.audit.exported("ProjectDocument", "ส่งออกรายชื่อ" + title + " " + lines.size() + " รายการ");
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		String name = "missing-%s-%d-%02d-%02d.xlsx".formatted(chosen.getCode().toLowerCase(java.util.Locale.ROOT),
				ThaiDates.buddhistYear(today), today.getMonthValue(), today.getDayOfMonth());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		MissingDocumentsExport.write(title, today, chosen.getNameTh(), lines, districtNames, subdistricts(lines),
				response.getOutputStream());
	}

	private static DocumentType chosen(List<DocumentType> types, String code) {
		return types.stream()
			.filter(t -> t.getCode().equals(code))
			.findFirst()
			.or(() -> types.stream().filter(t -> t.getCode().equals(FIRST_CHOICE)).findFirst())
			.orElse(types.get(0));
	}

	/** A district outside the scope is ignored, as the page would not offer it. */
	private static MissingDocuments.Filter filter(Scope scope, DocumentType type, Long districtId, Integer fiscalYear,
			StatusGroup group) {
		Long district = districtId != null && scope.covers(districtId) ? districtId : null;
		return new MissingDocuments.Filter(scope.queryIds(), type.getCode(), district, fiscalYear, group);
	}

	private static Map<Long, String> labels(List<AreaOption> areas) {
		Map<Long, String> names = new java.util.HashMap<>();
		areas.forEach(a -> names.put(a.id(), a.label()));
		return names;
	}

	private Map<Long, String> subdistricts(List<MissingDocuments.Line> lines) {
		Set<Long> ids = new HashSet<>();
		lines.forEach(l -> {
			if (l.subdistrictId() != null) {
				ids.add(l.subdistrictId());
			}
		});
		return ids.isEmpty() ? Map.of() : this.directory.subdistrictLabels(new ArrayList<>(ids));
	}

}
