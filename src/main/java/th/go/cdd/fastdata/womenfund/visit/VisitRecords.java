package th.go.cdd.fastdata.womenfund.visit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.thai.ThailandBox;
import th.go.cdd.fastdata.womenfund.project.ApiProblems;

/**
 * Visit records (บันทึกการติดตามเยี่ยม) typed in the field. A record carries the UUID the phone gave
 * it, so a record sent twice (the answer was lost with the signal) is stored once. Every record and
 * every opening of records is written to the audit log: they hold personal data.
 */
@Service
@Transactional
public class VisitRecords {

	static final String RECORD_TYPE = "VisitRecord";

	public record Saved(Long id, Long projectId, boolean duplicate) {
	}

	public record ProjectHeading(Long id, String code, String name, Long districtId, String district,
			List<String> people) {
	}

	public record Visit(Long id, LocalDate visitedOn, VisitOutcome outcome, String metPerson, LocalDate promiseOn,
			BigDecimal promiseAmount, String notes, BigDecimal latitude, BigDecimal longitude, BigDecimal accuracy,
			String createdBy, OffsetDateTime createdAt, OffsetDateTime typedAt) {

		/** Typed on the phone well before it reached the server (no signal at the time). */
		public boolean sentLater() {
			return this.typedAt != null && this.createdAt != null
					&& this.createdAt.toInstant().isAfter(this.typedAt.toInstant().plusSeconds(120));
		}

	}

	private final NamedParameterJdbcTemplate jdbc;

	private final VisitPlans plans;

	private final OrganisationDirectory directory;

	private final AuditLog audit;

	VisitRecords(NamedParameterJdbcTemplate jdbc, VisitPlans plans, OrganisationDirectory directory, AuditLog audit) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.directory = directory;
		this.audit = audit;
	}

	/** The project a record is for, if it lies in the scope (404 otherwise), with the names of its people. */
	@Transactional(readOnly = true)
	public ProjectHeading project(Scope scope, Long projectId) {
		List<ProjectHeading> found = this.jdbc.query(
				"select id, code, name, district_id from wf_project where id = :id and district_id in (:districtIds)",
				Map.of("id", projectId == null ? -1L : projectId, "districtIds", scope.queryIds()),
				(rs, i) -> new ProjectHeading(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), null,
						null));
		if (found.isEmpty()) {
			throw new NotFoundInScope();
		}
		ProjectHeading p = found.get(0);
		List<String> people = this.jdbc.query("""
				select pe.title, pe.first_name, pe.last_name, m.member_role
				from wf_project_member m join wf_person pe on pe.id = m.person_id
				where m.project_id = :id order by case m.member_role when 'BORROWER' then 1 when 'CO_BORROWER' then 2 else 3 end, m.id""",
				Map.of("id", projectId), (rs, i) -> (rs.getString(1) == null ? "" : rs.getString(1)) + rs.getString(2)
						+ " " + rs.getString(3) + " (" + roleLabel(rs.getString(4)) + ")");
		return new ProjectHeading(p.id(), p.code(), p.name(), p.districtId(),
				this.directory.districtLabels(List.of(p.districtId())).get(p.districtId()), people);
	}

	/** The id of the project with this LM code, if it lies in the scope (404 otherwise). */
	@Transactional(readOnly = true)
	public Long projectIdOf(Scope scope, String code) {
		return this.jdbc
			.queryForList("select id from wf_project where code = :code and district_id in (:districtIds)",
					Map.of("code", code == null ? "" : code.strip(), "districtIds", scope.queryIds()), Long.class)
			.stream()
			.findFirst()
			.orElseThrow(NotFoundInScope::new);
	}

	/**
	 * Stores a visit, or answers the one stored before under the same client UUID. Every value that
	 * cannot be read is named in {@code errors}, and then nothing is stored.
	 */
	public Saved record(Scope scope, VisitRecordForm form, Errors errors, String username) {
		UUID clientId = null;
		try {
			clientId = form.getClientId() == null ? null : UUID.fromString(form.getClientId().strip());
		}
		catch (IllegalArgumentException ex) {
			// named below
		}
		if (clientId == null) {
			errors.rejectValue("clientId", "format", "รหัสอ้างอิงของบันทึกไม่ถูกต้อง กรุณาบันทึกใหม่");
			return null;
		}
		Optional<Saved> earlier = byClientId(scope, clientId.toString());
		if (earlier.isPresent()) {
			if (!earlier.get().projectId().equals(form.getProjectId())) {
				errors.rejectValue("clientId", "taken", "รหัสอ้างอิงนี้ใช้กับบันทึกของโครงการอื่นแล้ว");
				return null;
			}
			return earlier.get();
		}
		ProjectHeading project = project(scope, form.getProjectId());
		LocalDate today = this.plans.today();
		LocalDate visitedOn = VisitFields.date(form.getVisitedOn(), "visitedOn", "วันที่ไปเยี่ยม", true, errors);
		if (visitedOn != null && visitedOn.isAfter(today)) {
			errors.rejectValue("visitedOn", "future", "วันที่ไปเยี่ยมต้องไม่เป็นวันในอนาคต");
		}
		VisitOutcome outcome = null;
		try {
			outcome = form.getOutcome() == null || form.getOutcome().isBlank() ? null
					: VisitOutcome.valueOf(form.getOutcome().strip());
		}
		catch (IllegalArgumentException ex) {
			// named below
		}
		if (outcome == null) {
			errors.rejectValue("outcome", "required", "กรุณาเลือกผลการติดตาม");
		}
		String metPerson = VisitFields.text(form.getMetPerson(), "metPerson", "ผู้ที่พบ", 200, errors);
		String notes = VisitFields.text(form.getNotes(), "notes", "บันทึกเพิ่มเติม", 2000, errors);
		boolean promise = outcome != null && outcome.needsPromise();
		LocalDate promiseOn = VisitFields.date(form.getPromiseOn(), "promiseOn", "วันที่นัดชำระ", promise, errors);
		if (promiseOn != null && visitedOn != null && promiseOn.isBefore(visitedOn)) {
			errors.rejectValue("promiseOn", "past", "วันที่นัดชำระต้องไม่ก่อนวันที่ไปเยี่ยม");
		}
		BigDecimal promiseAmount = VisitFields.amount(form.getPromiseAmount(), "promiseAmount", "จำนวนเงินที่นัดชำระ", promise,
				errors);
		BigDecimal latitude = VisitFields.decimal(form.getLatitude(), "latitude", "ละติจูด", errors);
		BigDecimal longitude = VisitFields.decimal(form.getLongitude(), "longitude", "ลองจิจูด", errors);
		BigDecimal accuracy = VisitFields.decimal(form.getAccuracy(), "accuracy", "ความแม่นยำของพิกัด", errors);
		if ((latitude == null) != (longitude == null)) {
			errors.rejectValue("latitude", "pair", "พิกัดต้องมีทั้งละติจูดและลองจิจูด");
		}
		else if (latitude != null && !ThailandBox.contains(latitude.doubleValue(), longitude.doubleValue())) {
			errors.rejectValue("latitude", "outside", ThailandBox.OUTSIDE);
		}
		if (accuracy != null && accuracy.signum() < 0) {
			errors.rejectValue("accuracy", "negative", "ความแม่นยำของพิกัดต้องไม่ติดลบ");
		}
		Long stopId = stopOf(project, form.getStopId(), visitedOn, errors);
		if (errors.hasErrors()) {
			return null;
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("""
				insert into wf_visit_record (client_id, project_id, district_id, stop_id, visited_on, met_person, outcome,
				  promise_on, promise_amount, notes, latitude, longitude, accuracy_m, typed_at, created_at, created_by)
				values (:clientId, :projectId, :districtId, :stopId, :visitedOn, :metPerson, :outcome, :promiseOn,
				  :promiseAmount, :notes, :latitude, :longitude, :accuracy, :typedAt, :now, :username)""",
				new MapSqlParameterSource("clientId", clientId.toString()).addValue("projectId", project.id())
					.addValue("districtId", project.districtId())
					.addValue("stopId", stopId)
					.addValue("visitedOn", visitedOn)
					.addValue("metPerson", metPerson)
					.addValue("outcome", outcome.name())
					.addValue("promiseOn", promiseOn)
					.addValue("promiseAmount", promiseAmount)
					.addValue("notes", notes)
					.addValue("latitude", latitude == null ? null : latitude.setScale(6, java.math.RoundingMode.HALF_UP))
					.addValue("longitude", longitude == null ? null : longitude.setScale(6, java.math.RoundingMode.HALF_UP))
					.addValue("accuracy", accuracy == null ? null : accuracy.setScale(1, java.math.RoundingMode.HALF_UP))
					.addValue("typedAt", VisitFields.typedAt(form.getTypedAt()))
					.addValue("now", VisitPlans.now())
					.addValue("username", username),
				key, new String[] { "id" });
		Long id = key.getKey().longValue();
		this.audit.created(RECORD_TYPE, id, "บันทึกการติดตามเยี่ยมโครงการ " + project.code() + ": " + outcome.label(),
				"project=" + project.code() + ", visitedOn=" + visitedOn + ", outcome=" + outcome
						+ (promiseOn != null ? ", promiseOn=" + promiseOn + ", promiseAmount=" + promiseAmount : "")
						+ (latitude != null ? ", gps=" + latitude + "," + longitude : "") + ", clientId=" + clientId);
		return new Saved(id, project.id(), false);
	}

	/** The record stored under a client UUID, if it lies in the scope. */
	@Transactional(readOnly = true)
	public Optional<Saved> byClientId(Scope scope, String clientId) {
		return this.jdbc
			.query("select id, project_id, district_id from wf_visit_record where client_id = :clientId",
					Map.of("clientId", clientId), (rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.stream()
			.findFirst()
			.map(row -> {
				if (!scope.covers((Long) row[2])) {
					throw new NotFoundInScope();
				}
				return new Saved((Long) row[0], (Long) row[1], true);
			});
	}

	/** A project's visits, newest first; opening them is logged. */
	public List<Visit> ofProject(Scope scope, Long projectId) {
		List<Visit> visits = this.jdbc.query("""
				select r.id, r.visited_on, r.outcome, r.met_person, r.promise_on, r.promise_amount, r.notes, r.latitude,
				  r.longitude, r.accuracy_m, r.created_by, r.created_at, r.typed_at
				from wf_visit_record r
				where r.project_id = :projectId and r.district_id in (:districtIds)
				order by r.visited_on desc, r.id desc""", Map.of("projectId", projectId, "districtIds", scope.queryIds()),
				(rs, i) -> new Visit(rs.getLong(1), rs.getObject(2, LocalDate.class), VisitOutcome.valueOf(rs.getString(3)),
						rs.getString(4), rs.getObject(5, LocalDate.class), rs.getBigDecimal(6), rs.getString(7),
						rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getString(11),
						rs.getObject(12, OffsetDateTime.class), rs.getObject(13, OffsetDateTime.class)));
		if (!visits.isEmpty()) {
			this.audit.viewed(RECORD_TYPE, projectId, "เปิดดูบันทึกการติดตามเยี่ยมของโครงการ (" + visits.size() + " ครั้ง)");
		}
		return visits;
	}

	/** The stop the visit belongs to: the one named, or the project's stop in the plan of the visit's month. */
	private Long stopOf(ProjectHeading project, Long stopId, LocalDate visitedOn, Errors errors) {
		if (stopId != null) {
			Integer found = this.jdbc.queryForObject("select count(*) from wf_visit_stop where id = :stopId"
					+ " and project_id = :projectId", Map.of("stopId", stopId, "projectId", project.id()), Integer.class);
			if (found == null || found == 0) {
				errors.rejectValue("stopId", "unknown", "ไม่พบโครงการนี้ในแผนติดตามเยี่ยมที่ระบุ");
				return null;
			}
			return stopId;
		}
		if (visitedOn == null) {
			return null;
		}
		return this.jdbc
			.queryForList("select st.id from wf_visit_stop st join wf_visit_plan pl on pl.id = st.plan_id"
					+ " where st.project_id = :projectId and pl.plan_month = :month",
					Map.of("projectId", project.id(), "month", visitedOn.withDayOfMonth(1)), Long.class)
			.stream()
			.findFirst()
			.orElse(null);
	}

	static String roleLabel(String role) {
		return switch (role) {
			case "BORROWER" -> "ผู้กู้";
			case "CO_BORROWER" -> "ลูกหนี้ร่วม";
			default -> "ผู้ค้ำประกัน";
		};
	}

	/** The refusal of the JSON endpoints: 400 problem+json naming each field in Thai (womenfund ApiProblems). */
	static ApiProblems.InvalidInput refused(Errors errors) {
		List<Map<String, String>> list = new ArrayList<>();
		errors.getFieldErrors()
			.forEach(e -> list.add(Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage()))));
		return new ApiProblems.InvalidInput(list, "ข้อมูลไม่ถูกต้อง ไม่ได้บันทึก");
	}

}
