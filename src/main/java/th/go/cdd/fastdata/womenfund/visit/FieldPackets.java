package th.go.cdd.fastdata.womenfund.visit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.thai.NationalId;
import th.go.cdd.fastdata.womenfund.project.StatusRules;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * The field packet of a plan (เอกสารลงพื้นที่, handbook §5 step 4.1): the debtor control list, each
 * contract in brief with its status and next actions, and a payment slip per debtor carrying the
 * account of the fund in force on the day it is printed. Printing it is logged as an export.
 */
@Service
@Transactional
public class FieldPackets {

	public record Person(String role, String name, String maskedId, String phone, String address) {
	}

	public record Debtor(int seq, VisitPlans.Stop stop, String place, String contractNumber, LocalDate signedOn,
			BigDecimal amount, BigDecimal rate, BigDecimal defaultRate, LocalDate termEndsOn, LocalDate lastPaymentOn,
			String reasons, List<Person> people, List<String> actions) {
	}

	public record Packet(VisitPlans.PlanSummary plan, String province, List<Debtor> debtors,
			Optional<FundAccounts.Account> account, LocalDate printedOn, BigDecimal overdueTotal,
			BigDecimal outstandingTotal) {
	}

	private final VisitPlans plans;

	private final FundAccounts accounts;

	private final NamedParameterJdbcTemplate jdbc;

	private final StatusRules rules;

	private final OrganisationDirectory directory;

	private final AuditLog audit;

	FieldPackets(VisitPlans plans, FundAccounts accounts, NamedParameterJdbcTemplate jdbc, StatusRules rules,
			OrganisationDirectory directory, AuditLog audit) {
		this.plans = plans;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.rules = rules;
		this.directory = directory;
		this.audit = audit;
	}

	public Packet of(Scope scope, Long planId) {
		VisitPlans.Plan plan = this.plans.open(scope, planId);
		LocalDate today = this.plans.today();
		String districtCode = this.directory.districtsIn(scope)
			.stream()
			.filter(d -> d.id().equals(plan.summary().districtId()))
			.map(AreaOption::code)
			.findFirst()
			.orElse("");
		Optional<AreaOption> province = this.accounts.provinceOfDistrict(districtCode);
		Optional<FundAccounts.Account> account = province.flatMap(p -> this.accounts.inForce(p.id(), today));
		List<Long> ids = plan.inOrder().stream().map(VisitPlans.Stop::projectId).toList();
		Map<Long, Object[]> contracts = new HashMap<>();
		Map<Long, List<Person>> people = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.query("""
					select c.project_id, c.contract_number, c.signed_on, c.amount, c.annual_interest_rate,
					  c.default_interest_rate, s.term_ends_on, s.last_payment_on, s.reasons
					from wf_contract c left join wf_project_status s on s.project_id = c.project_id
					where c.project_id in (:ids)""", Map.of("ids", ids), rs -> {
						contracts.put(rs.getLong(1), new Object[] { rs.getString(2), rs.getObject(3, LocalDate.class),
								rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
								rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class), rs.getString(9) });
					});
			this.jdbc.query("""
					select m.project_id, m.member_role, pe.title, pe.first_name, pe.last_name, pe.national_id, pe.phone,
					  pe.address
					from wf_project_member m join wf_person pe on pe.id = m.person_id
					where m.project_id in (:ids)
					order by m.project_id, case m.member_role when 'BORROWER' then 1 when 'CO_BORROWER' then 2 else 3 end,
					  m.id""", Map.of("ids", ids), rs -> {
						people.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
							.add(new Person(VisitRecords.roleLabel(rs.getString(2)),
									(rs.getString(3) == null ? "" : rs.getString(3)) + rs.getString(4) + " "
											+ rs.getString(5),
									masked(rs.getString(6)), rs.getString(7), rs.getString(8)));
					});
		}
		Map<StatusGroup, List<String>> actions = new EnumMap<>(StatusGroup.class);
		Map<Long, String> places = new HashMap<>();
		plan.areas().forEach(area -> area.places().forEach(place -> place.stops()
			.forEach(stop -> places.put(stop.id(), place.label() + " " + area.label()))));
		List<Debtor> debtors = new ArrayList<>();
		int seq = 0;
		BigDecimal overdue = BigDecimal.ZERO;
		BigDecimal outstanding = BigDecimal.ZERO;
		// the packet follows the route: place by place, as the plan page groups them
		for (VisitPlans.Area area : plan.areas()) {
			for (VisitPlans.Place place : area.places()) {
				for (VisitPlans.Stop stop : place.stops()) {
					Object[] c = contracts.getOrDefault(stop.projectId(), new Object[8]);
					List<String> next = stop.group() == null ? List.of()
							: actions.computeIfAbsent(stop.group(), g -> this.rules.actionsOn(g, today)
								.stream()
								.limit(3)
								.map(a -> a.getActionTh())
								.toList());
					debtors.add(new Debtor(++seq, stop, places.get(stop.id()), (String) c[0], (LocalDate) c[1],
							(BigDecimal) c[2], (BigDecimal) c[3], (BigDecimal) c[4], (LocalDate) c[5], (LocalDate) c[6],
							(String) c[7], people.getOrDefault(stop.projectId(), List.of()), next));
					overdue = overdue.add(stop.overdue() == null ? BigDecimal.ZERO : stop.overdue());
					outstanding = outstanding.add(stop.outstanding() == null ? BigDecimal.ZERO : stop.outstanding());
				}
			}
		}
		this.audit.exported("VisitPlan", "พิมพ์เอกสารลงพื้นที่ " + plan.summary().district() + " เดือน"
				+ plan.summary().monthLabel() + " (" + debtors.size() + " โครงการ)");
		return new Packet(plan.summary(), province.map(AreaOption::label).orElse(""), debtors, account, today, overdue,
				outstanding);
	}

	private static String masked(String nationalId) {
		try {
			return NationalId.parse(nationalId).masked();
		}
		catch (RuntimeException ex) {
			return "–";
		}
	}

}
