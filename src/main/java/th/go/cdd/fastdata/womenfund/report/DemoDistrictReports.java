package th.go.cdd.fastdata.womenfund.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * Demo district reports of Phuket for the periods before the current one: เมืองภูเก็ต on time
 * every time, กะทู้ once two days late, ถลาง missing the last one, so the province's overview shows
 * each case. Runs after the demo visits and measures (order 56), only while no report exists;
 * never under {@code production}.
 */
@Component
@Profile("!production")
@ConditionalOnBooleanProperty("fastdata.demo-data.enabled")
class DemoDistrictReports implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DemoDistrictReports.class);

	private final JdbcClient jdbc;

	private final DistrictReports reports;

	private final ReportCalendar calendar;

	private final OrganisationDirectory directory;

	DemoDistrictReports(JdbcClient jdbc, DistrictReports reports, ReportCalendar calendar,
			OrganisationDirectory directory) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.calendar = calendar;
		this.directory = directory;
	}

	@Override
	public int getOrder() {
		return 56;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from wf_district_report").query(Long.class).single() > 0) {
			return;
		}
		List<ReportPeriod> past = this.calendar.recent(this.reports.today(), 4).subList(1, 4);
		int stored = 0;
		for (String code : List.of("8301", "8302", "8303")) {
			AreaOption district = this.directory.districtByCode(code).orElse(null);
			if (district == null) {
				continue;
			}
			for (ReportPeriod period : past) {
				boolean newest = period.equals(past.get(0));
				if (code.equals("8303") && newest) {
					continue; // ถลาง has not sent the last one: late on the overview
				}
				int daysAfterDue = code.equals("8302") && newest ? 2 : -1;
				LocalDate day = period.dueOn().plusDays(daysAfterDue);
				OffsetDateTime at = day.atTime(LocalTime.of(16, 30)).atZone(ThaiDates.BANGKOK).toOffsetDateTime();
				this.reports.submittedAt(district.id(), period.dueOn(), new DistrictReports.Narrative(
						"ลงพื้นที่ติดตามลูกหนี้ตามแผนร่วมกับผู้นำท้องที่ ชี้แจงมาตรการปรับโครงสร้างหนี้และการลดเบี้ยปรับ"
								+ " ลูกหนี้ที่พบส่วนใหญ่ยินดีชำระตามงวดหรือยื่นขอเข้ามาตรการ",
						"ลูกหนี้บางรายย้ายไปทำงานต่างจังหวัด ติดต่อทางโทรศัพท์ไม่ได้",
						"ติดตามลูกหนี้ที่นัดชำระ และส่งรายชื่อผู้ที่ติดตามตัวไม่ได้ให้จังหวัดพิจารณาดำเนินคดี"),
						"demo", at);
				stored++;
			}
		}
		log.info("Demo district reports: {} submitted", stored);
	}

}
