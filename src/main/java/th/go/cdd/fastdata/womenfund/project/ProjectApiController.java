package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.womenfund.DebtorOverview;
import th.go.cdd.fastdata.womenfund.status.AcknowledgmentKind;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * JSON API of the registry: lists by area, year and group, counts per group, and the entries
 * officers make (payments, acknowledgments). Dates are ISO (C.E.); errors are RFC 9457 problem
 * details whose {@code errors} name the field, in Thai. Scope applies exactly as on the pages.
 */
@RestController
@RequestMapping("/api/v1")
class ProjectApiController {

	record ProjectJson(String code, String name, String districtCode, String subdistrictCode, int fiscalYear,
			BigDecimal approvedAmount, String group, LocalDate asOf, LocalDate limitationEndsOn, BigDecimal overdueAmount,
			BigDecimal outstandingAmount) {
	}

	record PageJson(List<ProjectJson> content, long totalElements, int page, int size) {
	}

	record PaymentJson(String paidOn, String amount, String reference) {
	}

	record AcknowledgmentJson(AcknowledgmentKind kind, String signedOn, String note) {
	}

	private final CurrentUsers currentUsers;

	private final ProjectStatusRepository statuses;

	private final ProjectRepository projects;

	private final ProjectEntries entries;

	private final DebtorOverview overview;

	private final OrganisationDirectory directory;

	ProjectApiController(CurrentUsers currentUsers, ProjectStatusRepository statuses, ProjectRepository projects,
			ProjectEntries entries, DebtorOverview overview, OrganisationDirectory directory) {
		this.currentUsers = currentUsers;
		this.statuses = statuses;
		this.projects = projects;
		this.entries = entries;
		this.overview = overview;
		this.directory = directory;
	}

	@GetMapping("/projects")
	PageJson projects(@RequestParam(required = false) String districtCode,
			@RequestParam(required = false) String subdistrictCode, @RequestParam(required = false) Integer fiscalYear,
			@RequestParam(required = false) StatusGroup group, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Scope scope = this.currentUsers.scope();
		Map<String, AreaOption> districts = byCode(this.directory.districtsIn(scope));
		Long districtId = idOf(districts, districtCode, "districtCode");
		// one subdistrict looked up by its code, not all of the scope's (7,436 for the country)
		Long subdistrictId = null;
		if (subdistrictCode != null && !subdistrictCode.isBlank()) {
			subdistrictId = this.directory.subdistrictInScope(scope, subdistrictCode.strip())
				.orElseThrow(() -> new ApiProblems.InvalidInput("subdistrictCode",
						"ไม่พบรหัสพื้นที่ " + subdistrictCode + " ในพื้นที่ที่คุณรับผิดชอบ"))
				.id();
		}
		Page<ProjectRow> rows = this.statuses.findRows(scope.queryIds(), districtId, subdistrictId, fiscalYear, group,
				PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), 500), ListOrder.NEWEST.sort()));
		Map<Long, String> districtCodes = codesById(districts);
		java.util.Set<Long> subdistrictIds = rows.getContent()
			.stream()
			.map(ProjectRow::subdistrictId)
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.toSet());
		Map<Long, String> subdistrictCodes = subdistrictIds.isEmpty() ? Map.of()
				: this.directory.subdistrictCodes(subdistrictIds);
		List<ProjectJson> content = rows.getContent()
			.stream()
			.map(r -> new ProjectJson(r.code(), r.name(), districtCodes.get(r.districtId()),
					r.subdistrictId() == null ? null : subdistrictCodes.get(r.subdistrictId()), r.fiscalYear(), r.approvedAmount(), r.group().name(),
					r.asOf(), r.limitationEndsOn(), r.overdueAmount(), r.outstandingAmount()))
			.toList();
		return new PageJson(content, rows.getTotalElements(), rows.getNumber(), rows.getSize());
	}

	@GetMapping("/status-groups")
	DebtorOverview.Overview statusGroups() {
		return this.overview.of(this.currentUsers.scope(), 0);
	}

	@PostMapping("/projects/{code}/payments")
	@PreAuthorize(ProjectController.RECORDERS)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, String> recordPayment(@PathVariable String code, @RequestBody PaymentJson body, Authentication user) {
		PaymentForm form = new PaymentForm();
		form.setPaidOn(body.paidOn());
		form.setAmount(body.amount());
		form.setReference(body.reference());
		form.setSource(PaymentSource.BILL_PAYMENT);
		Errors errors = new BeanPropertyBindingResult(form, "payment");
		required(form.getPaidOn(), "paidOn", "กรุณาระบุวันที่ชำระ (paidOn)", errors);
		required(form.getAmount(), "amount", "กรุณาระบุจำนวนเงิน (amount)", errors);
		this.entries.recordPayment(this.currentUsers.scope(), projectId(code), form, errors, user.getName());
		if (errors.hasErrors()) {
			throw new ApiProblems.InvalidInput(errors);
		}
		return Map.of("code", code, "result", "recorded");
	}

	@PostMapping("/projects/{code}/acknowledgments")
	@PreAuthorize(ProjectController.RECORDERS)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, String> recordAcknowledgment(@PathVariable String code, @RequestBody AcknowledgmentJson body,
			Authentication user) {
		AcknowledgmentForm form = new AcknowledgmentForm();
		form.setKind(body.kind());
		form.setSignedOn(body.signedOn());
		form.setNote(body.note());
		Errors errors = new BeanPropertyBindingResult(form, "acknowledgment");
		if (form.getKind() == null) {
			errors.rejectValue("kind", "required", "กรุณาระบุประเภทหนังสือ (kind: DEBT หรือ LIABILITY)");
		}
		required(form.getSignedOn(), "signedOn", "กรุณาระบุวันที่ลงนาม (signedOn)", errors);
		this.entries.recordAcknowledgment(this.currentUsers.scope(), projectId(code), form, errors, user.getName());
		if (errors.hasErrors()) {
			throw new ApiProblems.InvalidInput(errors);
		}
		return Map.of("code", code, "result", "recorded");
	}

	private Long projectId(String code) {
		return this.projects.findByCodeInScope(code, this.currentUsers.scope().queryIds())
			.orElseThrow(NotFoundInScope::new)
			.getId();
	}

	private static void required(String value, String field, String message, Errors errors) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "required", message);
		}
	}

	private static Map<String, AreaOption> byCode(List<AreaOption> areas) {
		return areas.stream().collect(java.util.stream.Collectors.toMap(AreaOption::code, a -> a));
	}

	private static Map<Long, String> codesById(Map<String, AreaOption> areas) {
		return areas.values().stream().collect(java.util.stream.Collectors.toMap(AreaOption::id, AreaOption::code));
	}

	/** An area code outside the scope answers as an unknown code: ids of other districts do not leak. */
	private static Long idOf(Map<String, AreaOption> areas, String code, String field) {
		if (code == null || code.isBlank()) {
			return null;
		}
		AreaOption area = areas.get(code.strip());
		if (area == null) {
			throw new ApiProblems.InvalidInput(field, "ไม่พบรหัสพื้นที่ " + code + " ในพื้นที่ที่คุณรับผิดชอบ");
		}
		return area.id();
	}

}
