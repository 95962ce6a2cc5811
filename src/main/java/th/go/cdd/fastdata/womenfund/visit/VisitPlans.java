package th.go.cdd.fastdata.womenfund.visit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.project.ProjectRow;
import th.go.cdd.fastdata.womenfund.project.ProjectStatusRepository;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;
import th.go.cdd.fastdata.womenfund.project.StatusRules;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * Monthly visit plans (แผนการติดตามเยี่ยม) of a district. A new plan takes the district's debtors in
 * the registry's urgent-first order (the stored urgency rank: limitation warnings first, then the
 * handbook's groups), and shows them grouped by subdistrict and village, each place where its most
 * urgent debtor would come, so a day's route visits one place after another.
 */
@Service
@Transactional
public class VisitPlans {

	/** Debtors a new plan takes unless asked otherwise ({@code fastdata.womenfund.visits.plan-size}), and at most. */
	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 200;

	public record PlanSummary(Long id, Long districtId, String district, LocalDate month, int stops, int scheduled,
			int visited) {

		public String monthLabel() {
			return monthLabel(this.month);
		}

		static String monthLabel(LocalDate month) {
			return ThaiDates.longMonth(java.time.YearMonth.from(month));
		}

	}

	public record Stop(Long id, Long projectId, String code, String name, Long subdistrictId, Long villageId,
			StatusGroup group, BigDecimal overdue, BigDecimal outstanding, LocalDate limitationEndsOn,
			Long daysToLimitation, boolean warning, String nextAction, LocalDate visitOn, Long officerId,
			String officer, String leaders, String borrower, String phone, VisitOutcome lastOutcome,
			LocalDate lastVisitOn) {
	}

	public record Place(Long villageId, String label, List<Stop> stops) {

		/** The day, officer and leaders all its stops share, for the form that sets them together. */
		public Stop first() {
			return this.stops.get(0);
		}

	}

	public record Area(Long subdistrictId, String label, List<Place> places) {
	}

	public record Plan(PlanSummary summary, List<Area> areas, List<Stop> inOrder, List<AreaOption> staff) {
	}

	/** The plan of this district and month exists already. */
	public static class PlanExists extends RuntimeException {

		private final Long planId;

		PlanExists(Long planId) {
			super("แผนของอำเภอนี้ในเดือนนี้มีอยู่แล้ว");
			this.planId = planId;
		}

		public Long planId() {
			return this.planId;
		}

	}

	/** A change the plan cannot take, explained in Thai. */
	public static class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

	private final NamedParameterJdbcTemplate jdbc;

	private final ProjectStatusRepository statuses;

	private final ProjectStatuses classifier;

	private final StatusRules rules;

	private final OrganisationDirectory directory;

	private final AuditLog audit;

	private final int planSize;

	VisitPlans(NamedParameterJdbcTemplate jdbc, ProjectStatusRepository statuses, ProjectStatuses classifier,
			StatusRules rules, OrganisationDirectory directory, AuditLog audit,
			@org.springframework.beans.factory.annotation.Value("${fastdata.womenfund.visits.plan-size:" + DEFAULT_SIZE
					+ "}") int planSize) {
		this.planSize = Math.max(1, Math.min(MAX_SIZE, planSize));
		this.jdbc = jdbc;
		this.statuses = statuses;
		this.classifier = classifier;
		this.rules = rules;
		this.directory = directory;
		this.audit = audit;
	}

	/** How many debtors the form offers for a new plan. */
	public int planSize() {
		return this.planSize;
	}

	public LocalDate today() {
		return this.classifier.today();
	}

	private static final String PLANS = """
			select pl.id, pl.district_id, pl.plan_month,
			  (select count(*) from wf_visit_stop st where st.plan_id = pl.id),
			  (select count(*) from wf_visit_stop st where st.plan_id = pl.id and st.visit_on is not null),
			  (select count(distinct r.stop_id) from wf_visit_record r join wf_visit_stop st on st.id = r.stop_id
			   where st.plan_id = pl.id)
			from wf_visit_plan pl where pl.district_id in (:districtIds)""";

	/** How many plans the list shows: a province's months, not the country's (928 districts a month). */
	public static final int PLANS_SHOWN = 300;

	/** The plans of the scope's districts, newest month first, at most {@link #PLANS_SHOWN}. */
	@Transactional(readOnly = true)
	public List<PlanSummary> plans(Scope scope) {
		return named(this.jdbc.query(PLANS + " order by pl.plan_month desc, pl.district_id limit :limit",
				Map.of("districtIds", scope.queryIds(), "limit", PLANS_SHOWN), VisitPlans::summaryOf));
	}

	private static PlanSummary summaryOf(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PlanSummary(rs.getLong(1), rs.getLong(2), null, rs.getObject(3, LocalDate.class), rs.getInt(4),
				rs.getInt(5), rs.getInt(6));
	}

	private List<PlanSummary> named(List<PlanSummary> plans) {
		Map<Long, String> names = this.directory.districtLabels(plans.stream().map(PlanSummary::districtId).toList());
		return plans.stream()
			.map(p -> new PlanSummary(p.id(), p.districtId(), names.get(p.districtId()), p.month(), p.stops(),
					p.scheduled(), p.visited()))
			.toList();
	}

	/**
	 * A new plan for a district and month with its {@code size} most urgent debtors.
	 * @throws PlanExists when the district has a plan for that month already
	 */
	public Long create(Scope scope, Long districtId, YearMonth month, int size, String username) {
		if (!scope.covers(districtId)) {
			throw new NotFoundInScope();
		}
		LocalDate first = month.atDay(1);
		List<Long> existing = this.jdbc.queryForList(
				"select id from wf_visit_plan where district_id = :districtId and plan_month = :month",
				Map.of("districtId", districtId, "month", first), Long.class);
		if (!existing.isEmpty()) {
			throw new PlanExists(existing.get(0));
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("insert into wf_visit_plan (district_id, plan_month, created_at, created_by)"
				+ " values (:districtId, :month, :now, :username)", new MapSqlParameterSource("districtId", districtId)
			.addValue("month", first)
			.addValue("now", now())
			.addValue("username", username), key, new String[] { "id" });
		Long planId = key.getKey().longValue();
		List<ProjectRow> urgent = this.statuses.findUrgent(List.of(districtId),
				PageRequest.of(0, Math.max(1, Math.min(MAX_SIZE, size))));
		for (ProjectRow row : urgent) {
			insertStop(planId, row.id(), username);
		}
		this.audit.created("VisitPlan", planId, "สร้างแผนติดตามเยี่ยม " + this.directory.districtLabels(List.of(districtId))
			.get(districtId) + " เดือน" + PlanSummary.monthLabel(first), urgent.size() + " โครงการ");
		return planId;
	}

	/** A plan with its stops in urgent order and grouped by place; opening it is logged (names of debtors). */
	public Plan open(Scope scope, Long planId) {
		PlanSummary summary = summary(scope, planId);
		List<Stop> stops = stops(planId, summary.districtId());
		Map<Long, String> subdistricts = this.directory.subdistrictLabels(
				stops.stream().map(Stop::subdistrictId).filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
		Map<Long, String> villages = this.directory.villageLabels(
				stops.stream().map(Stop::villageId).filter(Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
		// places in the order their most urgent debtor comes: the list is in urgent order already
		Map<Long, Map<Long, List<Stop>>> grouped = new LinkedHashMap<>();
		for (Stop stop : stops) {
			grouped.computeIfAbsent(key(stop.subdistrictId()), k -> new LinkedHashMap<>())
				.computeIfAbsent(key(stop.villageId()), k -> new ArrayList<>())
				.add(stop);
		}
		List<Area> areas = new ArrayList<>();
		grouped.forEach((subdistrictId, places) -> {
			List<Place> list = new ArrayList<>();
			places.forEach((villageId, list2) -> list.add(new Place(villageId < 0 ? null : villageId,
					villageId < 0 ? "ไม่ระบุหมู่บ้าน" : villages.getOrDefault(villageId, "หมู่บ้าน"), list2)));
			areas.add(new Area(subdistrictId < 0 ? null : subdistrictId,
					subdistrictId < 0 ? "ไม่ระบุตำบล" : subdistricts.getOrDefault(subdistrictId, "ตำบล"), list));
		});
		this.audit.viewed("VisitPlan", planId, "เปิดดูแผนติดตามเยี่ยม " + summary.district() + " เดือน" + summary.monthLabel());
		return new Plan(summary, areas, stops, this.directory.fieldStaffOf(summary.districtId()));
	}

	/** Adds a project of the plan's district by its LM code. */
	public void add(Scope scope, Long planId, String code, String username) {
		PlanSummary plan = summary(scope, planId);
		String wanted = code == null ? "" : code.strip();
		List<Long> found = this.jdbc.queryForList(
				"select id from wf_project where code = :code and district_id = :districtId",
				Map.of("code", wanted, "districtId", plan.districtId()), Long.class);
		if (wanted.isEmpty() || found.isEmpty()) {
			throw new Refused("ไม่พบโครงการรหัส " + wanted + " ใน" + plan.district());
		}
		Long projectId = found.get(0);
		Integer already = this.jdbc.queryForObject(
				"select count(*) from wf_visit_stop where plan_id = :planId and project_id = :projectId",
				Map.of("planId", planId, "projectId", projectId), Integer.class);
		if (already != null && already > 0) {
			throw new Refused("โครงการ " + wanted + " อยู่ในแผนนี้แล้ว");
		}
		Long stopId = insertStop(planId, projectId, username);
		this.audit.created("VisitStop", stopId, "เพิ่มโครงการ " + wanted + " ในแผนติดตามเยี่ยม เดือน" + plan.monthLabel(),
				"plan=" + planId + ", project=" + projectId);
	}

	/** Takes a project off the plan (its visit records stay). */
	public void remove(Scope scope, Long planId, Long stopId) {
		PlanSummary plan = summary(scope, planId);
		List<String> codes = this.jdbc.queryForList("select p.code from wf_visit_stop st join wf_project p on p.id = st.project_id"
				+ " where st.id = :stopId and st.plan_id = :planId", Map.of("stopId", stopId, "planId", planId), String.class);
		if (codes.isEmpty()) {
			throw new NotFoundInScope();
		}
		this.jdbc.update("delete from wf_visit_stop where id = :stopId and plan_id = :planId",
				Map.of("stopId", stopId, "planId", planId));
		this.audit.record(th.go.cdd.fastdata.audit.AuditAction.DELETE, "VisitStop", stopId,
				"นำโครงการ " + codes.get(0) + " ออกจากแผนติดตามเยี่ยม เดือน" + plan.monthLabel(), "plan=" + planId, null);
	}

	/**
	 * Sets the day, the officer and the local leaders of some stops of a plan (one stop, or every stop of a
	 * village: a day's visit). The officer must be one who works in the plan's district.
	 */
	public void assign(Scope scope, Long planId, Collection<Long> stopIds, LocalDate visitOn, Long officerId,
			String leaders) {
		PlanSummary plan = summary(scope, planId);
		if (stopIds.isEmpty()) {
			throw new Refused("ไม่มีโครงการที่เลือก");
		}
		if (officerId != null && this.directory.fieldStaffOf(plan.districtId())
			.stream()
			.noneMatch(staff -> staff.id().equals(officerId))) {
			throw new Refused("เจ้าหน้าที่ที่เลือกไม่ได้ปฏิบัติงานใน" + plan.district());
		}
		if (visitOn != null && !YearMonth.from(visitOn).equals(YearMonth.from(plan.month()))) {
			throw new Refused("วันที่ไปเยี่ยมต้องอยู่ในเดือน" + plan.monthLabel() + "ของแผนนี้");
		}
		String text = leaders == null || leaders.isBlank() ? null : leaders.strip();
		if (text != null && text.length() > 500) {
			throw new Refused("ผู้นำท้องที่/ท้องถิ่นยาวได้ไม่เกิน 500 ตัวอักษร");
		}
		int changed = this.jdbc.update("update wf_visit_stop set visit_on = :visitOn, officer_id = :officerId,"
				+ " local_leaders = :leaders where plan_id = :planId and id in (:stopIds)",
				new MapSqlParameterSource("visitOn", visitOn).addValue("officerId", officerId)
					.addValue("leaders", text)
					.addValue("planId", planId)
					.addValue("stopIds", stopIds));
		if (changed == 0) {
			throw new NotFoundInScope();
		}
		this.audit.updated("VisitStop", planId, "กำหนดวัน เจ้าหน้าที่ และผู้นำท้องที่ " + changed + " โครงการ ในแผนเดือน"
				+ plan.monthLabel(), null, "visitOn=" + visitOn + ", officer=" + officerId + ", leaders=" + text
						+ ", stops=" + stopIds);
	}

	/** The plan's heading, or 404 when it does not exist or lies outside the scope. */
	@Transactional(readOnly = true)
	public PlanSummary summary(Scope scope, Long planId) {
		return named(this.jdbc.query(PLANS + " and pl.id = :planId",
				Map.of("districtIds", scope.queryIds(), "planId", planId), VisitPlans::summaryOf)).stream()
			.findFirst()
			.orElseThrow(NotFoundInScope::new);
	}

	private List<Stop> stops(Long planId, Long districtId) {
		LocalDate today = today();
		int warningDays = this.classifier.ruleOn(today).warningDays();
		List<Object[]> rows = this.jdbc.query("""
				select st.id, p.id, p.code, p.name, p.subdistrict_id, p.village_id, s.status_group, s.overdue_amount,
				  s.outstanding_amount, s.limitation_ends_on, st.visit_on, st.officer_id, st.local_leaders
				from wf_visit_stop st
				join wf_project p on p.id = st.project_id
				left join wf_project_status s on s.project_id = p.id
				where st.plan_id = :planId and p.district_id = :districtId
				order by coalesce(s.urgency_rank, 2147483647), s.overdue_amount desc, s.outstanding_amount desc, p.id""",
				Map.of("planId", planId, "districtId", districtId), (rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2),
						rs.getString(3), rs.getString(4), (Long) rs.getObject(5, Long.class), rs.getObject(6, Long.class),
						rs.getString(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getObject(10, LocalDate.class),
						rs.getObject(11, LocalDate.class), rs.getObject(12, Long.class), rs.getString(13) });
		Set<Long> projectIds = new HashSet<>();
		rows.forEach(r -> projectIds.add((Long) r[1]));
		Map<Long, String[]> borrowers = borrowers(projectIds);
		Map<Long, Object[]> last = lastVisits(projectIds);
		Map<Long, String> staff = new HashMap<>();
		// the name alone on the route: the choice list adds the role
		this.directory.fieldStaffOf(districtId).forEach(s -> staff.put(s.id(), s.label().split(" · ")[0]));
		Map<StatusGroup, String> actions = new EnumMap<>(StatusGroup.class);
		List<Stop> stops = new ArrayList<>();
		for (Object[] r : rows) {
			StatusGroup group = r[6] == null ? null : StatusGroup.valueOf((String) r[6]);
			LocalDate limitation = (LocalDate) r[9];
			Long days = limitation == null ? null : ChronoUnit.DAYS.between(today, limitation);
			boolean warning = days != null && days >= 0 && days <= warningDays
					&& (group == StatusGroup.CONTRACT_ENDED || group == StatusGroup.OVERDUE);
			String action = group == null ? "–" : actions.computeIfAbsent(group,
					g -> this.rules.actionsOn(g, today).stream().findFirst().map(a -> a.getActionTh()).orElse("–"));
			String[] borrower = borrowers.getOrDefault((Long) r[1], new String[] { "–", null });
			Object[] visit = last.get((Long) r[1]);
			Long officerId = (Long) r[11];
			stops.add(new Stop((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Long) r[4], (Long) r[5], group,
					(BigDecimal) r[7], (BigDecimal) r[8], limitation, days, warning, action, (LocalDate) r[10], officerId,
					officerId == null ? null : staff.getOrDefault(officerId, "–"), (String) r[12], borrower[0], borrower[1],
					visit == null ? null : (VisitOutcome) visit[0], visit == null ? null : (LocalDate) visit[1]));
		}
		return stops;
	}

	/** The borrower (ผู้กู้/ผู้แทนกลุ่ม) of each project: name and phone. */
	Map<Long, String[]> borrowers(Collection<Long> projectIds) {
		Map<Long, String[]> names = new HashMap<>();
		if (projectIds.isEmpty()) {
			return names;
		}
		this.jdbc.query("""
				select m.project_id, pe.title, pe.first_name, pe.last_name, pe.phone
				from wf_project_member m join wf_person pe on pe.id = m.person_id
				where m.project_id in (:ids) and m.member_role = 'BORROWER' order by m.id""", Map.of("ids", projectIds),
				rs -> {
					String title = rs.getString(2);
					names.putIfAbsent(rs.getLong(1), new String[] {
							(title == null ? "" : title) + rs.getString(3) + " " + rs.getString(4), rs.getString(5) });
				});
		return names;
	}

	/** The latest visit of each project: outcome and day. */
	Map<Long, Object[]> lastVisits(Collection<Long> projectIds) {
		Map<Long, Object[]> last = new HashMap<>();
		if (projectIds.isEmpty()) {
			return last;
		}
		this.jdbc.query("select project_id, outcome, visited_on from wf_visit_record where project_id in (:ids)"
				+ " order by visited_on, id", Map.of("ids", projectIds), rs -> {
					last.put(rs.getLong(1), new Object[] { VisitOutcome.valueOf(rs.getString(2)),
							rs.getObject(3, LocalDate.class) });
				});
		return last;
	}

	private Long insertStop(Long planId, Long projectId, String username) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("insert into wf_visit_stop (plan_id, project_id, added_at, added_by)"
				+ " values (:planId, :projectId, :now, :username)", new MapSqlParameterSource("planId", planId)
			.addValue("projectId", projectId)
			.addValue("now", now())
			.addValue("username", username), key, new String[] { "id" });
		return key.getKey().longValue();
	}

	private static Long key(Long id) {
		return id == null ? -1L : id;
	}

	static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

}
