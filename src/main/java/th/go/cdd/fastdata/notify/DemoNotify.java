package th.go.cdd.fastdata.notify;

import java.time.LocalDate;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * Demo notifications: two LINE groups (made-up ids, so nothing reaches LINE even with a token)
 * and today's limitation reminders, after the women's fund demo data. Never under "production".
 */
@Component
@Profile("!production")
@ConditionalOnBooleanProperty("fastdata.demo-data.enabled")
class DemoNotify implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DemoNotify.class);

	private final LineTargets lineTargets;

	private final OrganisationDirectory directory;

	private final WomenFundNotices womenFundNotices;

	DemoNotify(LineTargets lineTargets, OrganisationDirectory directory, WomenFundNotices womenFundNotices) {
		this.lineTargets = lineTargets;
		this.directory = directory;
		this.womenFundNotices = womenFundNotices;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.lineTargets.all().isEmpty()) {
			Long mueang = this.directory.districtByCode("8301").map(d -> d.id()).orElse(null);
			if (mueang != null) {
				this.lineTargets.add("C0000000000000000000000000000" + "8301", "กลุ่มไลน์พัฒนากรอำเภอเมืองภูเก็ต (ตัวอย่าง)",
						null, mueang, EnumSet.of(Topic.LIMITATION_ENDING, Topic.REPORT_DUE, Topic.REPORT_LATE, Topic.REPORT_RETURNED,
								Topic.HEARING_TOMORROW));
			}
			this.lineTargets.add("C0000000000000000000000000000" + "0083", "กลุ่มไลน์กองทุนสตรีจังหวัด (ตัวอย่าง)", null,
					null, EnumSet.of(Topic.LIMITATION_ENDING, Topic.REPORT_LATE, Topic.APPLICATION_WAITING,
							Topic.IMPORT_FAILED));
			log.info("Demo data: two LINE groups with made-up ids registered for notifications");
		}
		// once per district and day, however often the application starts
		this.womenFundNotices.limitationEnding(LocalDate.now(ThaiDates.BANGKOK));
	}

	@Override
	public int getOrder() {
		return 70;
	}

}
