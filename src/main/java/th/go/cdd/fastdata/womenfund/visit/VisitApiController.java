package th.go.cdd.fastdata.womenfund.visit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;

/**
 * Field visits through the JSON API: record a visit (idempotent by the client's UUID, as the phone
 * page), a project's visits, and the untraceable debtors of the scope. Dates ISO or B.E.; bad input
 * answers 400 problem+json naming each field in Thai.
 */
@RestController
class VisitApiController {

	record VisitJson(String clientId, String projectCode, Long stopId, String visitedOn, String metPerson,
			String outcome, String promiseOn, String promiseAmount, String notes, String latitude, String longitude,
			String accuracy, String typedAt) {
	}

	record VisitOutJson(Long id, LocalDate visitedOn, String outcome, String outcomeTh, String metPerson,
			LocalDate promiseOn, BigDecimal promiseAmount, String notes, BigDecimal latitude, BigDecimal longitude,
			BigDecimal accuracy, String recordedBy) {
	}

	record UntraceableJson(String projectCode, String projectName, String district, String place, String borrower,
			String statusGroup, BigDecimal outstanding, LocalDate lastVisitOn, String outcome, int attempts) {
	}

	private final CurrentUsers currentUsers;

	private final VisitRecords records;

	private final UntraceableDebtors untraceable;

	private final OrganisationDirectory directory;

	private final AuditLog audit;

	VisitApiController(CurrentUsers currentUsers, VisitRecords records, UntraceableDebtors untraceable,
			OrganisationDirectory directory, AuditLog audit) {
		this.untraceable = untraceable;
		this.currentUsers = currentUsers;
		this.records = records;
		this.directory = directory;
		this.audit = audit;
	}

	/** 201 with the new record; 200 with the record stored before under the same {@code clientId}. */
	@PostMapping("/api/v1/visits")
	@PreAuthorize(VisitPlanController.RECORDERS)
	ResponseEntity<Map<String, Object>> record(@RequestBody VisitJson body, Authentication user) {
		var scope = this.currentUsers.scope();
		VisitRecordForm form = new VisitRecordForm();
		form.setClientId(body.clientId());
		form.setProjectId(this.records.projectIdOf(scope, body.projectCode()));
		form.setStopId(body.stopId());
		form.setVisitedOn(body.visitedOn());
		form.setMetPerson(body.metPerson());
		form.setOutcome(body.outcome());
		form.setPromiseOn(body.promiseOn());
		form.setPromiseAmount(body.promiseAmount());
		form.setNotes(body.notes());
		form.setLatitude(body.latitude());
		form.setLongitude(body.longitude());
		form.setAccuracy(body.accuracy());
		form.setTypedAt(body.typedAt());
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "visit");
		VisitRecords.Saved saved;
		try {
			saved = this.records.record(scope, form, errors, user.getName());
		}
		catch (DuplicateKeyException ex) {
			saved = this.records.byClientId(scope, body.clientId().strip().toLowerCase()).orElseThrow(() -> ex);
		}
		if (saved == null) {
			throw VisitRecords.refused(errors);
		}
		return ResponseEntity.status(saved.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(Map.of("id", saved.id(), "projectCode", body.projectCode().strip(), "duplicate", saved.duplicate()));
	}

	@GetMapping("/api/v1/projects/{code}/visits")
	List<VisitOutJson> visits(@PathVariable String code) {
		var scope = this.currentUsers.scope();
		return this.records.ofProject(scope, this.records.projectIdOf(scope, code))
			.stream()
			.map(v -> new VisitOutJson(v.id(), v.visitedOn(), v.outcome().name(), v.outcome().label(), v.metPerson(),
					v.promiseOn(), v.promiseAmount(), v.notes(), v.latitude(), v.longitude(), v.accuracy(),
					v.createdBy()))
			.toList();
	}

	/** Debtors who cannot be traced (handbook §5.3), of one district by its code or of the whole scope. */
	@GetMapping("/api/v1/visits/untraceable")
	List<UntraceableJson> untraceable(@RequestParam(required = false) String districtCode) {
		var scope = this.currentUsers.scope();
		Long districtId = districtCode == null || districtCode.isBlank() ? null
				: this.directory.districtByCode(districtCode.strip())
					.filter(d -> scope.covers(d.id()))
					.orElseThrow(NotFoundInScope::new)
					.id();
		List<UntraceableDebtors.Untraceable> rows = this.untraceable.of(scope, districtId);
		this.audit.exported(VisitRecords.RECORD_TYPE, "ส่งออกรายชื่อลูกหนี้ที่ติดตามตัวไม่ได้ทาง API (" + rows.size() + " โครงการ)");
		return rows.stream()
			.map(u -> new UntraceableJson(u.code(), u.name(), u.district(), u.place(), u.borrower(),
					u.group() == null ? null : u.group().name(), u.outstanding(), u.lastVisitOn(), u.outcome().name(),
					u.attempts()))
			.toList();
	}

}
