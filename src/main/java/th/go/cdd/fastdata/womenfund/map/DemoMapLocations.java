package th.go.cdd.fastdata.womenfund.map;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo locations for the demo Phuket projects: each borrower's house (the demo people's coordinates
 * lie inside their district), most set by a click on the map, some by a phone's GPS with its
 * accuracy, a few with an earlier location kept as history and a note on how to find the house.
 * About one project in ten has none, as in an office that has not pinned every house yet. Loaded
 * after the demo registry, only while no location exists; never under the {@code production} profile.
 */
@Component
@Profile("!production")
@ConditionalOnBooleanProperty("fastdata.demo-data.enabled")
class DemoMapLocations implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DemoMapLocations.class);

	static final List<String> NOTES = List.of("บ้านหลังที่สองหลังร้านค้า", "ตรงข้ามมัสยิด บ้านรั้วสีเขียว",
			"ซอยข้างวัด เข้าไปประมาณ 200 เมตร บ้านชั้นเดียวสีฟ้า", "หลังโรงเรียน ถามร้านน้ำชาหน้าซอย",
			"ที่ทำการกลุ่มอยู่ศาลาหมู่บ้าน", "บ้านไม้สองชั้น มีสวนยางด้านหลัง", "ติดถนนใหญ่ ป้ายร้านขนมไทย",
			"ท้ายซอย บ้านมีกระชังปลาหน้าบ้าน");

	private final JdbcTemplate jdbc;

	DemoMapLocations(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int getOrder() {
		// after the registry (DemoWomenFund, 30)
		return 40;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Long existing = this.jdbc.queryForObject("select count(*) from wf_project_location", Long.class);
		if (existing != null && existing > 0) {
			return;
		}
		record House(long projectId, long personId, double latitude, double longitude) {
		}
		List<House> houses = this.jdbc.query("""
				select m.project_id, m.person_id, pe.latitude, pe.longitude
				from wf_project_member m
				join wf_person pe on pe.id = m.person_id
				join wf_project p on p.id = m.project_id
				join district d on d.id = p.district_id
				where m.member_role = 'BORROWER' and pe.latitude is not null and d.code like '83%'
				order by m.project_id, m.person_id""",
				(rs, i) -> new House(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4)));
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		long previous = -1;
		int stored = 0;
		for (House house : houses) {
			if (house.projectId() == previous) {
				continue;
			}
			previous = house.projectId();
			long n = house.projectId();
			if (n % 10 == 7) {
				continue;
			}
			Instant at = now.minus(30 + n % 300, ChronoUnit.DAYS);
			String note = n % 3 == 0 ? NOTES.get((int) (n % NOTES.size())) : null;
			if (n % 8 == 1) {
				// an older, rougher pin kept as history
				insert(house.projectId(), house.personId(), house.latitude() + 0.0021, house.longitude() - 0.0017, null,
						"MAP_CLICK", null, at.minus(400, ChronoUnit.DAYS), at, "district.officer.old");
			}
			boolean gps = n % 4 == 0;
			insert(house.projectId(), house.personId(), house.latitude(), house.longitude(), gps ? 5 + (int) (n % 25) : null,
					gps ? "GPS" : "MAP_CLICK", note, at, null, "demo");
			stored++;
		}
		log.info("Demo data: {} project locations", stored);
	}

	private void insert(long projectId, long personId, double latitude, double longitude, Integer accuracy,
			String method, String note, Instant at, Instant superseded, String by) {
		this.jdbc.update("""
				insert into wf_project_location (project_id, person_id, latitude, longitude, accuracy_m, method, note,
				  recorded_at, recorded_by, superseded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", projectId, personId,
				java.math.BigDecimal.valueOf(latitude).setScale(6, java.math.RoundingMode.HALF_UP),
				java.math.BigDecimal.valueOf(longitude).setScale(6, java.math.RoundingMode.HALF_UP), accuracy, method, note,
				Timestamp.from(at), by, superseded == null ? null : Timestamp.from(superseded));
	}

}
