package th.go.cdd.fastdata.organisation;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for Phuket: a few villages per subdistrict and one user per role, all with the
 * password {@code FASTDATA_DEMO_PASSWORD}. Loaded only when {@code fastdata.demo-data.enabled}
 * and never under the {@code production} profile. Each item is added only if missing, so a
 * second start keeps what the first stored (and what users changed since).
 */
@Component
@Profile("!production")
@ConditionalOnBooleanProperty("fastdata.demo-data.enabled")
class DemoOrganisation implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

	static final String PROVINCE = "83";

	private static final List<String> VILLAGE_NAMES = List.of("บ้านท่าเรือ", "บ้านบางคู", "บ้านนาใน", "บ้านควน",
			"บ้านบนควน", "บ้านหลังเขา", "บ้านบางโรง", "บ้านท่ามะพร้าว");

	private record DemoUser(String username, String name, String position, Role role, String... districts) {
	}

	private static final List<DemoUser> USERS = List.of(
			new DemoUser("admin", "นายระบบ ดูแลดี", "นักวิชาการคอมพิวเตอร์", Role.ADMIN),
			new DemoUser("province", "นางสาวกองทุน สตรีพัฒนา", "เจ้าหน้าที่กองทุนพัฒนาบทบาทสตรีจังหวัด",
					Role.PROVINCE_OFFICER),
			new DemoUser("academic", "นางวิชาการ ชุมชนเข้มแข็ง", "นักวิชาการพัฒนาชุมชนชำนาญการ",
					Role.PROVINCE_ACADEMIC),
			new DemoUser("director", "นายผู้บริหาร พัฒนาชุมชน", "พัฒนาการจังหวัด", Role.DIRECTOR),
			new DemoUser("district.mueang", "นางสาวเมือง ภูเก็ตงาม", "พัฒนากร", Role.DISTRICT_OFFICER, "8301"),
			new DemoUser("district.kathu", "นางสาวกะทู้ ป่าตองดี", "พัฒนากร", Role.DISTRICT_OFFICER, "8302"),
			new DemoUser("district.thalang", "นางถลาง เทพกระษัตรี", "พัฒนากร", Role.DISTRICT_OFFICER, "8303"),
			new DemoUser("committee.kathu", "นางอนุกรรมการ กะทู้", "อนุกรรมการกลั่นกรองฯ อำเภอกะทู้",
					Role.DISTRICT_COMMITTEE, "8302"),
			new DemoUser("committee.province", "นายอนุกรรมการ จังหวัด", "อนุกรรมการบริหารกองทุนฯ จังหวัดภูเก็ต",
					Role.PROVINCE_COMMITTEE));

	private final ProvinceRepository provinces;

	private final DistrictRepository districts;

	private final SubdistrictRepository subdistricts;

	private final VillageRepository villages;

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final String password;

	DemoOrganisation(ProvinceRepository provinces, DistrictRepository districts, SubdistrictRepository subdistricts,
			VillageRepository villages, UserAccountRepository users, PasswordEncoder passwordEncoder,
			@Value("${fastdata.demo-data.password}") String password) {
		this.provinces = provinces;
		this.districts = districts;
		this.subdistricts = subdistricts;
		this.villages = villages;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.password = password;
	}

	@Override
	public int getOrder() {
		return 10;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Province phuket = this.provinces.findByCode(PROVINCE).orElseThrow();
		phuket.serve();
		int added = 0;
		for (District district : this.districts.findByProvinceIdOrderByCode(phuket.getId())) {
			for (Subdistrict subdistrict : this.subdistricts.findByDistrictIdOrderByCode(district.getId())) {
				added += addVillages(subdistrict);
			}
		}
		int addedUsers = 0;
		for (DemoUser demo : USERS) {
			if (!this.users.existsByUsername(demo.username())) {
				addUser(phuket, demo);
				addedUsers++;
			}
		}
		if (added + addedUsers > 0) {
			log.info("Demo data: added {} villages and {} users in {} (password from FASTDATA_DEMO_PASSWORD)", added,
					addedUsers, phuket.label());
		}
	}

	private int addVillages(Subdistrict subdistrict) {
		if (this.villages.countBySubdistrictId(subdistrict.getId()) > 0) {
			return 0;
		}
		int offset = Integer.parseInt(subdistrict.getCode().substring(4));
		this.villages.save(new Village(subdistrict, 1, "บ้าน" + subdistrict.getNameTh(), "demo"));
		this.villages.save(new Village(subdistrict, 2, VILLAGE_NAMES.get(offset % VILLAGE_NAMES.size()), "demo"));
		this.villages.save(new Village(subdistrict, 3, VILLAGE_NAMES.get((offset + 3) % VILLAGE_NAMES.size()), "demo"));
		return 3;
	}

	private void addUser(Province phuket, DemoUser demo) {
		UserAccount account = new UserAccount(demo.username(), demo.name(), this.passwordEncoder.encode(this.password),
				demo.role(), phuket);
		account.describe(demo.name(), demo.position(), null, null);
		Set<District> assigned = new java.util.HashSet<>();
		for (String code : demo.districts()) {
			assigned.add(this.districts.findByCode(code).orElseThrow());
		}
		account.assign(demo.role(), phuket, assigned);
		this.users.save(account);
	}

}
