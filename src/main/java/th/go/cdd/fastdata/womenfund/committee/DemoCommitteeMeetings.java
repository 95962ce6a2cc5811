package th.go.cdd.fastdata.womenfund.committee;

import java.time.LocalDate;
import java.util.Map;

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
import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * Demo committee meetings of Phuket: two past meetings, about two months and two weeks ago, each
 * with its report generated and marked held, so the meetings page and a report with "changes since
 * the last meeting" show something on the first run. Runs after the demo registry, its first
 * classification, the measures and the field visits (order 60), only while Phuket has no meeting;
 * never under {@code production}.
 */
@Component
@Profile("!production")
@ConditionalOnBooleanProperty("fastdata.demo-data.enabled")
class DemoCommitteeMeetings implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DemoCommitteeMeetings.class);

	static final String PHUKET = "83";

	private final NamedParameterJdbcTemplate jdbc;

	private final CommitteeMeetings meetings;

	private final CommitteeReports reports;

	private final OrganisationDirectory directory;

	DemoCommitteeMeetings(NamedParameterJdbcTemplate jdbc, CommitteeMeetings meetings, CommitteeReports reports,
			OrganisationDirectory directory) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.reports = reports;
		this.directory = directory;
	}

	@Override
	public int getOrder() {
		return 60;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		AreaOption phuket = this.directory.servedProvinces()
			.stream()
			.filter(p -> PHUKET.equals(p.code()))
			.findFirst()
			.orElse(null);
		if (phuket == null) {
			return;
		}
		Integer existing = this.jdbc.queryForObject("select count(*) from wf_committee_meeting where province_id = :id",
				Map.of("id", phuket.id()), Integer.class);
		if (existing != null && existing > 0) {
			return;
		}
		LocalDate today = this.meetings.today();
		long started = System.nanoTime();
		int made = 0;
		for (LocalDate on : new LocalDate[] { today.minusDays(60), today.minusDays(14) }) {
			MeetingForm form = new MeetingForm();
			form.setNumber(String.valueOf(made + 1));
			form.setYear(String.valueOf(ThaiDates.buddhistYear(on)));
			form.setMeetingOn(on.toString());
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "meetingForm");
			// meeting numbers count within the B.E. year: skip a number already taken in a year's turn
			Long id = this.meetings.create(phuket, form, errors, "demo");
			if (id == null) {
				log.warn("Demo committee meeting not made: {}", errors.getAllErrors());
				continue;
			}
			CommitteeMeetings.Meeting meeting = this.meetings.find(id, phuket.label()).orElseThrow();
			this.reports.generate(meeting, "demo");
			this.meetings.markHeld(this.meetings.find(id, phuket.label()).orElseThrow(), "demo");
			made++;
		}
		log.info("Demo data: {} committee meetings of {} with their reports (Excel and PDF) in {} ms", made,
				phuket.label(), (System.nanoTime() - started) / 1_000_000);
	}

}
