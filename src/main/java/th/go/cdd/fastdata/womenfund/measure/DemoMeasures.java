package th.go.cdd.fastdata.womenfund.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.validation.MapBindingResult;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.SignedInUser;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.litigation.LitigationCases;
import th.go.cdd.fastdata.womenfund.litigation.LitigationReason;
import th.go.cdd.fastdata.womenfund.mediation.MediationCases;
import th.go.cdd.fastdata.womenfund.mediation.MediationForm;
import th.go.cdd.fastdata.womenfund.mediation.MediationOutcome;
import th.go.cdd.fastdata.womenfund.mediation.MediationPath;
import th.go.cdd.fastdata.womenfund.mediation.OutcomeForm;

/**
 * Demo work in progress for the measures, so every list has something on a first start: applications
 * waiting for the district subcommittee, for the province and back with an officer; a restructuring
 * approved; a mediation hearing coming and one the debtor missed; a suit with the prosecutor. Made
 * through the same services as the pages, by the demo users, after the registry's demo data.
 */
@Component
@Profile("!production")
@ConditionalOnBooleanProperty("fastdata.demo-data.enabled")
class DemoMeasures implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DemoMeasures.class);

	private final JdbcTemplate jdbc;

	private final CurrentUsers users;

	private final MeasureApplications applications;

	private final MediationCases mediation;

	private final LitigationCases litigation;

	DemoMeasures(JdbcTemplate jdbc, CurrentUsers users, MeasureApplications applications, MediationCases mediation,
			LitigationCases litigation) {
		this.jdbc = jdbc;
		this.users = users;
		this.applications = applications;
		this.mediation = mediation;
		this.litigation = litigation;
	}

	// after the first classification (40): eligibility reads the stored status groups
	@Override
	public int getOrder() {
		return 55;
	}

	// Not one transaction: each step is its own, as on the pages, and a step the data does not allow
	// (no project fits) is skipped with a warning instead of stopping the start.
	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.queryForObject("select count(*) from wf_measure_application", Long.class) > 0
				|| this.jdbc.queryForObject("select count(*) from wf_project", Long.class) == 0) {
			return;
		}
		Optional<SignedInUser> kathu = this.users.load("district.kathu");
		Optional<SignedInUser> mueang = this.users.load("district.mueang");
		Optional<SignedInUser> thalang = this.users.load("district.thalang");
		Optional<SignedInUser> districtCommittee = this.users.load("committee.kathu");
		Optional<SignedInUser> provinceCommittee = this.users.load("committee.province");
		if (kathu.isEmpty() || mueang.isEmpty() || thalang.isEmpty() || districtCommittee.isEmpty()
				|| provinceCommittee.isEmpty()) {
			log.warn("Demo measures: demo users missing, none added");
			return;
		}
		LocalDate today = ThaiDates.today();
		step(() -> {
			// Kathu: a guarantor of the old fund asks to be released; it waits for the district subcommittee
			guarantor("8302", 1).ifPresent(m -> this.applications.act(kathu.get(),
					this.applications.draft(kathu.get(), new MeasureApplications.Draft(m[0], m[1], Measure.GUARANTOR_RELEASE,
							"ผู้ค้ำประกันชำระส่วนของตนแล้ว ขอยกเลิกสัญญาค้ำประกัน", null, null, null)).getId(),
					ApplicationAction.SUBMIT, Decision.note(null)));
		});

		step(() -> {
			// Kathu: one endorsed by the district subcommittee, waiting for the province
			guarantor("8302", 0).ifPresent(m -> {
				Long id = this.applications.draft(kathu.get(), new MeasureApplications.Draft(m[0], m[1],
						Measure.GUARANTOR_RELEASE, "ขอยกเลิกสัญญาค้ำประกัน", null, null, null)).getId();
				this.applications.act(kathu.get(), id, ApplicationAction.SUBMIT, Decision.note(null));
				this.applications.act(districtCommittee.get(), id, ApplicationAction.ENDORSE,
						new Decision(null, "เห็นชอบ", "1/2570", today.minusDays(3)));
			});
		});

		step(() -> {
			// Kathu: a restructuring returned for a paper, back with the officer
			borrower("8302", "OVERDUE", 2).ifPresent(m -> {
				Long id = this.applications.draft(kathu.get(), new MeasureApplications.Draft(m[0], m[1], Measure.RESTRUCTURING,
						"ประกอบอาชีพไม่ได้ช่วงน้ำท่วม ขอขยายเวลา", today.plusMonths(1).withDayOfMonth(1), 2, 12)).getId();
				this.applications.act(kathu.get(), id, ApplicationAction.SUBMIT, Decision.note(null));
				this.applications.act(provinceCommittee.get(), id, ApplicationAction.RETURN,
						Decision.note("แนบตารางผ่อนชำระใหม่ที่ลูกหนี้ลงนาม"));
			});
		});

		step(() -> {
			// Thalang: a restructuring approved; the debtor pays on her new schedule
			borrower("8303", "CONTRACT_ENDED", 0).ifPresent(m -> {
				Long id = this.applications.draft(thalang.get(), new MeasureApplications.Draft(m[0], m[1], Measure.RESTRUCTURING,
						"ขอขยายเวลา 2 ปี", today.plusMonths(1).withDayOfMonth(1), 2, 12)).getId();
				this.applications.act(thalang.get(), id, ApplicationAction.SUBMIT, Decision.note(null));
				this.applications.act(provinceCommittee.get(), id, ApplicationAction.APPROVE,
						new Decision(null, "อนุมัติให้ปรับโครงสร้างหนี้", "2/2570", today.minusDays(1)));
			});
		});

		step(() -> {
			// Mueang: a hearing at the Kwaeng court in three weeks, and one the debtor missed
			Long court = this.jdbc.queryForList("select id from wf_court order by id", Long.class).stream().findFirst().orElse(null);
			List<Long> timeBarred = projects("8301", "TIME_BARRED");
			if (court != null && timeBarred.size() >= 3) {
				MediationForm coming = new MediationForm();
				coming.setProjectId(timeBarred.get(0));
				coming.setCourtId(court);
				coming.setPath(MediationPath.PROACTIVE);
				coming.setHearingOn(ThaiDates.shortDate(today.plusWeeks(3)));
				coming.setHearingTime("09:30");
				this.mediation.open(mueang.get(), coming, new MapBindingResult(new java.util.HashMap<>(), "mediation"));
				MediationForm missed = new MediationForm();
				missed.setProjectId(timeBarred.get(1));
				missed.setCourtId(court);
				missed.setPath(MediationPath.PROACTIVE);
				missed.setHearingOn(ThaiDates.shortDate(today.minusWeeks(2)));
				missed.setHearingTime("10:00");
				this.mediation.open(mueang.get(), missed, new MapBindingResult(new java.util.HashMap<>(), "mediation"))
					.ifPresent(c -> {
						OutcomeForm outcome = new OutcomeForm();
						outcome.setOutcome(MediationOutcome.NO_SHOW);
						outcome.setOutcomeOn(ThaiDates.shortDate(today.minusWeeks(2)));
						outcome.setNote("ลูกหนี้ไม่มาตามนัด ติดต่อทางโทรศัพท์ไม่ได้");
						this.mediation.close(mueang.get(), c.getId(), outcome,
								new MapBindingResult(new java.util.HashMap<>(), "outcome"));
					});
				// Mueang: a debtor nobody can trace, her evidence being gathered for the prosecutor
				this.litigation.open(mueang.get(), timeBarred.get(2), LitigationReason.UNTRACEABLE, null,
						"ย้ายออกจากพื้นที่ ไม่ทราบที่อยู่ใหม่");
			}
		});
		log.info("Demo measures: applications, mediation and litigation added");
	}

	private static void step(Runnable step) {
		try {
			step.run();
		}
		catch (RuntimeException ex) {
			log.warn("Demo measures: a step was skipped: {}", ex.getMessage());
		}
	}

	// {projectId, personId} of the n-th old-fund project of the district in default with a guarantor
	private Optional<Long[]> guarantor(String district, int n) {
		List<Long[]> rows = this.jdbc.query("""
				select p.id, m.person_id from wf_project p join district d on d.id = p.district_id
				join wf_project_status s on s.project_id = p.id
				join wf_project_member m on m.project_id = p.id and m.member_role = 'GUARANTOR'
				where d.code = ? and p.fund_generation = 'OLD' and s.status_group in ('TIME_BARRED', 'CONTRACT_ENDED', 'OVERDUE')
				order by p.id desc, m.id
				""", (rs, i) -> new Long[] { rs.getLong(1), rs.getLong(2) }, district);
		return rows.size() > n ? Optional.of(rows.get(n)) : Optional.empty();
	}

	private Optional<Long[]> borrower(String district, String group, int n) {
		List<Long[]> rows = this.jdbc.query("""
				select p.id, m.person_id from wf_project p join district d on d.id = p.district_id
				join wf_project_status s on s.project_id = p.id
				join wf_project_member m on m.project_id = p.id and m.member_role = 'BORROWER'
				where d.code = ? and s.status_group = ?
				order by p.id desc
				""", (rs, i) -> new Long[] { rs.getLong(1), rs.getLong(2) }, district, group);
		return rows.size() > n ? Optional.of(rows.get(n)) : Optional.empty();
	}

	private List<Long> projects(String district, String group) {
		return this.jdbc.queryForList("select p.id from wf_project p join district d on d.id = p.district_id"
				+ " join wf_project_status s on s.project_id = p.id where d.code = ? and s.status_group = ? order by p.id desc",
				Long.class, district, group);
	}

}
