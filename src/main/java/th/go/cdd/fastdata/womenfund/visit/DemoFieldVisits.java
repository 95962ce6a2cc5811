package th.go.cdd.fastdata.womenfund.visit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;

/**
 * Demo field visits: this month's plans of อำเภอเมืองภูเก็ต and อำเภอกะทู้ with days, officers and local
 * leaders set for the first places, some visits recorded (one moved, one untraceable, one promise),
 * and an example bank account of the Phuket fund (clearly not a real one). Runs after the demo
 * registry and its first classification (order 50), only while no plan exists; never under {@code production}.
 */
@Component
@Profile("!production")
@ConditionalOnBooleanProperty("fastdata.demo-data.enabled")
class DemoFieldVisits implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DemoFieldVisits.class);

	static final List<String> DISTRICTS = List.of("8301", "8302");

	static final String CREATED_BY = "demo";

	private static final List<String> LEADERS = List.of("นายสมชาย ทองดี ผู้ใหญ่บ้าน; นางมาลี ศรีสุข อสม.",
			"นางสุดา แก้วมณี ประธานกลุ่มสตรี", "นายประเสริฐ บุญมา กำนัน");

	private static final List<VisitOutcome> OUTCOMES = List.of(VisitOutcome.MET, VisitOutcome.MOVED,
			VisitOutcome.PROMISED_TO_PAY, VisitOutcome.NOT_AT_HOME, VisitOutcome.UNTRACEABLE,
			VisitOutcome.WILL_APPLY_FOR_MEASURE);

	private final NamedParameterJdbcTemplate jdbc;

	private final VisitPlans plans;

	private final VisitRecords records;

	private final OrganisationDirectory directory;

	DemoFieldVisits(NamedParameterJdbcTemplate jdbc, VisitPlans plans, VisitRecords records,
			OrganisationDirectory directory) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.records = records;
		this.directory = directory;
	}

	@Override
	public int getOrder() {
		return 50;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Integer existing = this.jdbc.queryForObject("select count(*) from wf_visit_plan", Map.of(), Integer.class);
		if (existing != null && existing > 0) {
			return;
		}
		account();
		LocalDate today = this.plans.today();
		YearMonth month = YearMonth.from(today);
		int plans = 0;
		int visits = 0;
		for (String code : DISTRICTS) {
			AreaOption district = this.directory.districtByCode(code).orElse(null);
			if (district == null) {
				continue;
			}
			Scope scope = new Scope(Set.of(district.id()));
			Long planId = this.plans.create(scope, district.id(), month, this.plans.planSize(), CREATED_BY);
			plans++;
			VisitPlans.Plan plan = this.plans.open(scope, planId);
			Long officer = plan.staff()
				.stream()
				.filter(s -> s.code().startsWith("district."))
				.map(AreaOption::id)
				.findFirst()
				.orElse(null);
			List<VisitPlans.Place> places = new ArrayList<>();
			plan.areas().forEach(a -> places.addAll(a.places()));
			for (int i = 0; i < Math.min(3, places.size()); i++) {
				// the first places a few days ago (visited), the next ones later this month
				LocalDate day = i == 0 ? today.minusDays(3) : today.plusDays(2L * i);
				if (!YearMonth.from(day).equals(month)) {
					day = i == 0 ? month.atDay(1) : month.atEndOfMonth();
				}
				this.plans.assign(scope, planId, places.get(i).stops().stream().map(VisitPlans.Stop::id).toList(), day,
						officer, LEADERS.get(i % LEADERS.size()));
			}
			if (places.isEmpty()) {
				continue;
			}
			// visits at the first place, a day that has passed
			LocalDate visited = today.minusDays(3).isBefore(month.atDay(1)) ? today : today.minusDays(3);
			int n = 0;
			for (VisitPlans.Stop stop : places.get(0).stops()) {
				visits += visit(scope, stop, visited, OUTCOMES.get((n++ + DISTRICTS.indexOf(code)) % OUTCOMES.size()));
			}
			// and an untraceable debtor elsewhere in the district, so the §5.3 list has more than one
			for (VisitPlans.Stop stop : plan.inOrder()) {
				if (stop.lastOutcome() == null && places.get(0).stops().stream().noneMatch(s -> s.id().equals(stop.id()))) {
					visits += visit(scope, stop, visited, VisitOutcome.UNTRACEABLE);
					break;
				}
			}
		}
		log.info("Demo data: {} visit plans, {} visit records", plans, visits);
	}

	private int visit(Scope scope, VisitPlans.Stop stop, LocalDate day, VisitOutcome outcome) {
		VisitRecordForm form = new VisitRecordForm();
		form.setClientId(UUID.nameUUIDFromBytes(("demo-visit-" + stop.id() + "-" + outcome).getBytes()).toString());
		form.setProjectId(stop.projectId());
		form.setStopId(stop.id());
		form.setVisitedOn(day.toString());
		form.setOutcome(outcome.name());
		form.setMetPerson(switch (outcome) {
			case MET, PROMISED_TO_PAY, WILL_APPLY_FOR_MEASURE, REFUSES -> stop.borrower() + " (ผู้กู้)";
			case MOVED -> "เพื่อนบ้าน";
			default -> null;
		});
		form.setNotes(switch (outcome) {
			case MOVED -> "เพื่อนบ้านแจ้งว่าย้ายไปทำงานต่างจังหวัดตั้งแต่ต้นปี ไม่ทราบที่อยู่ใหม่";
			case UNTRACEABLE -> "ไม่พบบ้านเลขที่ตามทะเบียน ผู้ใหญ่บ้านไม่รู้จัก";
			case PROMISED_TO_PAY -> "รายได้ลดลงช่วงนอกฤดูท่องเที่ยว ขอชำระบางส่วนก่อน";
			case WILL_APPLY_FOR_MEASURE -> "สนใจปรับโครงสร้างหนี้ จะยื่นคำขอที่อำเภอ";
			case MET -> "แนะนำมาตรการและให้ลงนามหนังสือรับสภาพหนี้";
			default -> null;
		});
		if (outcome == VisitOutcome.PROMISED_TO_PAY) {
			form.setPromiseOn(day.plusDays(20).toString());
			form.setPromiseAmount("3000");
		}
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "visitRecordForm");
		this.records.record(scope, form, errors, CREATED_BY);
		if (errors.hasErrors()) {
			log.warn("Demo visit not stored: {}", errors.getAllErrors());
			return 0;
		}
		return 1;
	}

	private void account() {
		this.directory.servedProvinces()
			.stream()
			.filter(p -> "83".equals(p.code()))
			.findFirst()
			.ifPresent(p -> this.jdbc.update("""
					insert into wf_fund_bank_account (province_id, effective_from, bank_name, branch, account_name,
					  account_number, biller_code, note, updated_at, updated_by)
					values (:provinceId, :from, 'ธนาคารกรุงไทย', 'ภูเก็ต', 'กองทุนพัฒนาบทบาทสตรีจังหวัดภูเก็ต (ตัวอย่าง)',
					  '000-0-00000-0', null, 'ข้อมูลตัวอย่างสำหรับทดลองระบบ ไม่ใช่บัญชีจริง', :now, :by)""",
					Map.of("provinceId", p.id(), "from", LocalDate.of(2024, 10, 1), "now", VisitPlans.now(), "by",
							CREATED_BY)));
	}

}
