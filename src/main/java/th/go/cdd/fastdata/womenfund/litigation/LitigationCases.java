package th.go.cdd.fastdata.womenfund.litigation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Role;
import th.go.cdd.fastdata.organisation.SignedInUser;
import th.go.cdd.fastdata.thai.FiscalYear;
import th.go.cdd.fastdata.womenfund.mediation.Courts;
import th.go.cdd.fastdata.womenfund.project.Project;
import th.go.cdd.fastdata.womenfund.project.ProjectRepository;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;
import th.go.cdd.fastdata.womenfund.project.TypedFields;

/**
 * Suits over projects: opened when mediation failed or the debtor cannot be traced, moved stage by
 * stage with the dates and numbers the court gives, with the papers sent, the hearings and the costs
 * charged to the province's budget. A closed suit is read-only.
 */
@Service
public class LitigationCases {

	/** A project whose mediation ended without agreement or without the debtor, and no suit yet. */
	public record Referral(Long projectId, String projectCode, String projectName, Long districtId, Long mediationCaseId,
			String outcome, LocalDate outcomeOn) {
	}

	public record Paper(String code, String label, String doneBy, Instant doneAt) {
	}

	public record Hearing(LocalDate on, String note, String createdBy) {
	}

	public record Cost(LocalDate spentOn, int fiscalYear, String item, BigDecimal amount, String createdBy) {
	}

	private final LitigationCaseRepository cases;

	private final ProjectRepository projects;

	private final ProjectStatuses statuses;

	private final Courts courts;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final AuditLog audit;

	LitigationCases(LitigationCaseRepository cases, ProjectRepository projects, ProjectStatuses statuses, Courts courts,
			JdbcTemplate jdbc, AuditLog audit) {
		this.cases = cases;
		this.projects = projects;
		this.statuses = statuses;
		this.courts = courts;
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
		this.audit = audit;
	}

	static boolean mayWork(SignedInUser user) {
		return user.is(Role.PROVINCE_OFFICER) || user.is(Role.DISTRICT_OFFICER);
	}

	@Transactional
	public LitigationCase open(SignedInUser user, Long projectId, LitigationReason reason, Long mediationCaseId,
			String note) {
		if (!mayWork(user)) {
			throw new AccessDeniedException("fund officers only");
		}
		Project project = this.projects.findInScope(projectId, user.scope().queryIds()).orElseThrow(NotFoundInScope::new);
		if (this.cases.findByProjectIdOrderByOpenedAtDesc(projectId)
			.stream()
			.anyMatch(c -> c.getStage() != LitigationStage.CLOSED)) {
			throw new IllegalStateException("โครงการนี้มีเรื่องดำเนินคดีที่ยังไม่ปิดอยู่แล้ว");
		}
		String text = note == null || note.isBlank() ? null : note.strip().substring(0, Math.min(2000, note.strip().length()));
		LitigationCase opened = this.cases.save(new LitigationCase(projectId, project.getDistrictId(),
				reason == null ? LitigationReason.OTHER : reason, mediationCaseId, text, this.statuses.today(),
				user.username()));
		this.audit.created("LitigationCase", opened.getId(), "เปิดเรื่องดำเนินคดี โครงการ " + project.getCode(),
				opened.getReason().label());
		return opened;
	}

	/** Moves the suit to the form's stage with its facts, or adds Thai errors and changes nothing. */
	@Transactional
	public boolean advance(SignedInUser user, Long id, StepForm form, Errors errors) {
		LitigationCase c = openCase(user, id);
		TypedFields fields = new TypedFields(errors, this.statuses.today());
		LitigationStage target = form.getStage();
		if (target == null || target.ordinal() <= c.getStage().ordinal()
				|| (target != LitigationStage.CLOSED && target != c.getStage().next())) {
			errors.rejectValue("stage", "order", "ขั้นต่อไปของเรื่องนี้คือ \"" + c.getStage().next().label() + "\" หรือปิดเรื่อง");
			return false;
		}
		LocalDate on = fields.date(form.getOn(), "on", "วันที่", true, true);
		if (on != null && on.isBefore(c.getStageSince())) {
			errors.rejectValue("on", "order", "วันที่ต้องไม่ก่อนขั้นก่อนหน้า");
		}
		switch (target) {
			case WITH_PROSECUTOR -> {
				String office = fields.text(form.getProsecutorOffice(), "prosecutorOffice", "สำนักงานอัยการ", true, 200);
				if (!errors.hasErrors()) {
					c.sentToProsecutor(on, office);
				}
			}
			case FILED -> {
				if (form.getCourtId() == null
						|| this.courts.find(form.getCourtId()).filter(k -> k.provinceId().equals(user.provinceId())).isEmpty()) {
					errors.rejectValue("courtId", "required", "กรุณาเลือกศาล");
				}
				String black = fields.text(form.getCaseNo(), "caseNo", "คดีหมายเลขดำ", true, 50);
				if (!errors.hasErrors()) {
					c.filed(on, form.getCourtId(), black);
				}
			}
			case JUDGED -> {
				String red = fields.text(form.getCaseNo(), "caseNo", "คดีหมายเลขแดง", true, 50);
				BigDecimal amount = fields.amount(form.getAmount(), "amount", "จำนวนเงินตามคำพิพากษา");
				String terms = fields.text(form.getText(), "text", "คำพิพากษา/เงื่อนไข", false, 2000);
				if (!errors.hasErrors()) {
					c.judged(on, red, amount, terms);
				}
			}
			case ENFORCING -> {
				if (!errors.hasErrors()) {
					c.enforcing(on);
				}
			}
			case CLOSED -> {
				String why = fields.text(form.getText(), "text", "เหตุที่ปิดเรื่อง", true, 2000);
				if (!errors.hasErrors()) {
					c.closed(on, why);
				}
			}
			default -> errors.rejectValue("stage", "order", "ขั้นนี้ไม่ถูกต้อง");
		}
		if (errors.hasErrors()) {
			return false;
		}
		this.cases.save(c);
		this.audit.updated("LitigationCase", id, "บันทึกขั้น \"" + target.label() + "\" ของเรื่องดำเนินคดีเลขที่ " + id, null,
				target.label() + " " + on);
		return true;
	}

	@Transactional
	public void markPaper(SignedInUser user, Long id, String paper, boolean done) {
		openCase(user, id);
		if (this.jdbc.queryForObject("select count(*) from wf_litigation_paper where code = ?", Long.class, paper) == 0) {
			throw new NotFoundInScope();
		}
		this.jdbc.update("delete from wf_litigation_paper_done where case_id = ? and paper = ?", id, paper);
		if (done) {
			this.jdbc.update("insert into wf_litigation_paper_done (case_id, paper, done_by, done_at) values (?, ?, ?, ?)", id,
					paper, user.username(), Timestamp.from(Instant.now()));
		}
		this.audit.updated("LitigationCase", id, (done ? "เตรียม" : "ยกเลิก") + "เอกสาร " + paper + " เรื่องดำเนินคดีเลขที่ " + id,
				null, null);
	}

	@Transactional
	public boolean addHearing(SignedInUser user, Long id, String date, String note, Errors errors) {
		openCase(user, id);
		LocalDate on = new TypedFields(errors, this.statuses.today()).date(date, "hearingOn", "วันนัดศาล", true, false);
		if (on == null) {
			return false;
		}
		String text = note == null || note.isBlank() ? null : note.strip().substring(0, Math.min(500, note.strip().length()));
		this.jdbc.update("insert into wf_litigation_hearing (case_id, hearing_on, note, created_by) values (?, ?, ?, ?)", id, on,
				text, user.username());
		this.audit.updated("LitigationCase", id, "เพิ่มวันนัดศาล " + on + " เรื่องดำเนินคดีเลขที่ " + id, null, text);
		return true;
	}

	@Transactional
	public boolean addCost(SignedInUser user, Long id, String date, String item, String amount, Errors errors) {
		openCase(user, id);
		TypedFields fields = new TypedFields(errors, this.statuses.today());
		LocalDate on = fields.date(date, "spentOn", "วันที่จ่าย", true, true);
		String what = fields.text(item, "item", "รายการค่าใช้จ่าย", true, 300);
		BigDecimal value = fields.amount(amount, "costAmount", "จำนวนเงิน");
		if (errors.hasErrors()) {
			return false;
		}
		this.jdbc.update("insert into wf_litigation_cost (case_id, spent_on, fiscal_year, item, amount, created_by)"
				+ " values (?, ?, ?, ?, ?, ?)", id, on, FiscalYear.of(on).buddhistYear(), what, value, user.username());
		this.audit.updated("LitigationCase", id, "บันทึกค่าใช้จ่ายคดี " + value + " บาท เรื่องเลขที่ " + id, null, what);
		return true;
	}

	private LitigationCase openCase(SignedInUser user, Long id) {
		if (!mayWork(user)) {
			throw new AccessDeniedException("fund officers only");
		}
		LitigationCase c = this.cases.findInScope(id, user.scope().queryIds()).orElseThrow(NotFoundInScope::new);
		if (c.getStage() == LitigationStage.CLOSED) {
			throw new IllegalStateException("closed");
		}
		return c;
	}

	public java.util.Optional<LitigationCase> find(SignedInUser user, Long id) {
		return this.cases.findInScope(id, user.scope().queryIds());
	}

	/** The first suits of the user's districts by stage (closed ones last), at most {@code limit}. */
	public List<LitigationCase> firstInScope(SignedInUser user, int limit) {
		return this.cases.findFirstInScope(user.scope().queryIds(), Limit.of(limit));
	}

	public long countInScope(SignedInUser user) {
		return this.cases.countInScope(user.scope().queryIds());
	}

	/** Which of these projects are being sued now (a suit not closed). */
	public java.util.Set<Long> beingSued(Collection<Long> projectIds) {
		return projectIds.isEmpty() ? java.util.Set.of()
				: this.cases.findProjectIdsAmongNotIn(projectIds, LitigationStage.CLOSED);
	}

	public List<LitigationCase> ofProject(Long projectId) {
		return this.cases.findByProjectIdOrderByOpenedAtDesc(projectId);
	}

	/** Whether the debtor of the project is before a court now (filed, judged, being enforced). */
	public boolean inCourt(Long projectId) {
		return ofProject(projectId).stream().anyMatch(c -> c.getStage().inCourt());
	}

	/** How many referrals the page lists, the oldest first (a province's, not the country's). */
	public static final int REFERRALS_SHOWN = 200;

	/** Mediation that ended without agreement or without the debtor, with no suit opened since: ready to refer. */
	public List<Referral> readyForReferral(SignedInUser user) {
		return this.named.query("""
				select p.id, p.code, p.name, p.district_id, m.id, m.outcome, m.outcome_on
				from wf_mediation_case m join wf_project p on p.id = m.project_id
				where m.district_id in (:districts) and m.outcome in ('NO_AGREEMENT', 'NO_SHOW')
				  and not exists (select 1 from wf_litigation_case l where l.project_id = m.project_id and l.opened_at > m.opened_at)
				order by m.outcome_on
				limit :limit
				""", new MapSqlParameterSource("districts", user.scope().queryIds()).addValue("limit", REFERRALS_SHOWN),
				(rs, n) -> new Referral(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
						rs.getString(6), rs.getObject(7, LocalDate.class)));
	}

	public List<Paper> papers(Long id) {
		return this.jdbc.query("""
				select p.code, p.label_th, d.done_by, d.done_at from wf_litigation_paper p
				left join wf_litigation_paper_done d on d.paper = p.code and d.case_id = ?
				order by p.position
				""", (rs, n) -> new Paper(rs.getString(1), rs.getString(2), rs.getString(3),
				rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()), id);
	}

	public List<Hearing> hearings(Long id) {
		return this.jdbc.query("select hearing_on, note, created_by from wf_litigation_hearing where case_id = ? order by hearing_on",
				(rs, n) -> new Hearing(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3)), id);
	}

	public List<Cost> costs(Long id) {
		return this.jdbc.query("select spent_on, fiscal_year, item, amount, created_by from wf_litigation_cost where case_id = ?"
				+ " order by spent_on", (rs, n) -> new Cost(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getString(3),
						rs.getBigDecimal(4), rs.getString(5)), id);
	}

	/** Costs charged to the province's litigation budget, per fiscal year, in the user's districts. */
	public Map<Integer, BigDecimal> costsByFiscalYear(SignedInUser user) {
		Map<Integer, BigDecimal> totals = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
		this.named.query("""
				select k.fiscal_year, sum(k.amount) from wf_litigation_cost k join wf_litigation_case c on c.id = k.case_id
				where c.district_id in (:districts) group by k.fiscal_year
				""", new MapSqlParameterSource("districts", user.scope().queryIds()),
				(rs, n) -> totals.put(rs.getInt(1), rs.getBigDecimal(2)));
		return totals;
	}

}
