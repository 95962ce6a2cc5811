package th.go.cdd.fastdata.womenfund.forms;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.go.cdd.fastdata.organisation.ServedProvinces;

/**
 * Demo forms library: a few forms of the home province (one with an older version kept as history)
 * and the announcement file of the 2566 interest measure, as small generated PDFs. Loaded with the
 * other demo data (never under {@code production}), only while the library is empty.
 */
@Component
@Profile("!production")
@ConditionalOnBooleanProperty("fastdata.demo-data.enabled")
class DemoForms implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DemoForms.class);

	private final JdbcTemplate jdbc;

	private final FormsLibrary library;

	private final AnnouncementFiles announcements;

	private final ServedProvinces provinces;

	DemoForms(JdbcTemplate jdbc, FormsLibrary library, AnnouncementFiles announcements, ServedProvinces provinces) {
		this.jdbc = jdbc;
		this.library = library;
		this.announcements = announcements;
		this.provinces = provinces;
	}

	/** After the registry's demo data and the project files (35). */
	@Override
	public int getOrder() {
		return 45;
	}

	@Override
	public void run(ApplicationArguments args) {
		Long existing = this.jdbc.queryForObject("select count(*) from wf_form", Long.class);
		if (existing != null && existing > 0) {
			return;
		}
		Long province = this.provinces.home().getId();
		FormsLibrary.Form restructuring = this.library.addForm(province, "MEASURE_APPLICATION", "แบบคำขอปรับโครงสร้างหนี้",
				"1/10/2566", "restructuring-2566.pdf", pdf("restructuring 2566"), "ฉบับปีงบประมาณ 2567", "demo");
		this.library.addVersion(province, restructuring.id(), "1/10/2568", "restructuring-2569.pdf",
				pdf("restructuring 2569"), "ฉบับปรับปรุง ปีงบประมาณ 2569", "demo");
		this.library.addForm(province, "MEASURE_APPLICATION", "แบบคำขอลดอัตราดอกเบี้ย", "30/9/2566",
				"interest-reduction.pdf", pdf("interest reduction"), null, "demo");
		this.library.addForm(province, "CONTRACT", "สัญญากู้ยืมเงินกองทุนพัฒนาบทบาทสตรี", "1/10/2560", "loan-contract.pdf",
				pdf("loan contract"), null, "demo");
		this.library.addForm(province, "REPORT", "แบบรายงานผลการติดตามลูกหนี้รายเดือน", "1/10/2568", "monthly-report.pdf",
				pdf("monthly report"), null, "demo");
		List<Long> interest = this.jdbc.queryForList(
				"select id from wf_measure_version where measure = 'INTEREST_REDUCTION' order by effective_from desc",
				Long.class);
		if (!interest.isEmpty()) {
			this.announcements.attach(interest.get(0), "ประกาศลดอัตราดอกเบี้ย 2566.pdf", pdf("announcement 2566"), "demo");
		}
		log.info("Demo forms library: 4 forms of {}, one announcement file", this.provinces.home().label());
	}

	/** A minimal well-formed one-page PDF. */
	static ByteArrayResource pdf(String text) {
		String body = "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
				+ "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
				+ "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n" + "% " + text
				+ "\ntrailer <</Root 1 0 R>>\n%%EOF\n";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(body.getBytes(StandardCharsets.ISO_8859_1));
		return new ByteArrayResource(out.toByteArray());
	}

}
