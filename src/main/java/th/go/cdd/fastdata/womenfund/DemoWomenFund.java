package th.go.cdd.fastdata.womenfund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.thai.FiscalYear;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.project.Contract;

/**
 * Demo debtor registry for Phuket: about 300 projects of women's groups in the villages made by
 * the organisation's demo data, with their people, contracts, schedules, payments and
 * acknowledgments. Loaded only when {@code fastdata.demo-data.enabled}, never under the
 * {@code production} profile, and only while {@code wf_project} is empty.
 * <p>
 * The data is drawn from a fixed seed with every date counted back from today (Bangkok), so each
 * new database gets the same registry and every status group has members whatever the day:
 * about 20% time-barred, 30% contract ended (some within the 180-day warning, some saved by an
 * acknowledgment), 20% overdue, 20% normal (with the restructured ones) and 10% settled. No date
 * falls within a few days of today, so the groups are the same as of today and yesterday.
 */
@Component
@Profile("!production")
@ConditionalOnBooleanProperty("fastdata.demo-data.enabled")
class DemoWomenFund implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DemoWomenFund.class);

	static final String PROVINCE = "83";

	static final long SEED = 8_302_569L;

	static final String CREATED_BY = "demo";

	static final String RESTRUCTURING = "ปรับโครงสร้างหนี้";

	/** Projects per district, by district code. */
	static final Map<String, Integer> PROJECTS = Map.of("8301", 130, "8302", 80, "8303", 90);

	/** Where the houses of each district lie: {min latitude, max latitude, min longitude, max longitude}. */
	static final Map<String, double[]> BOXES = Map.of("8301", new double[] { 7.80, 7.92, 98.33, 98.40 }, "8302",
			new double[] { 7.89, 7.94, 98.29, 98.34 }, "8303", new double[] { 7.98, 8.10, 98.28, 98.38 });

	private static final LocalDate NEW_FUND_SINCE = th.go.cdd.fastdata.womenfund.project.FundGeneration.NEW_FUND_SINCE;

	private static final int INSTALLMENTS = 24;

	private static final int BILL_PAYMENT_SINCE = 2019;

	private static final int ROWS_PER_STATEMENT = 100;

	private static final int SHARED_PEOPLE = 10;

	private static final int LIMITATION_YEARS = 5;

	private static final BigDecimal NO_INTEREST = new BigDecimal("0.000");

	private static final BigDecimal INTEREST = new BigDecimal("3.000");

	private static final List<String> PROJECT_NAMES = List.of("โครงการเลี้ยงไก่ไข่", "โครงการทำขนมไทย",
			"โครงการตัดเย็บเสื้อผ้า", "โครงการจักสานใบเตย", "โครงการปลูกผักปลอดสารพิษ", "โครงการนวดแผนไทย",
			"โครงการแปรรูปอาหารทะเล", "โครงการทำผ้าบาติก", "โครงการทำน้ำพริกแกง", "โครงการเลี้ยงปลากะพงในกระชัง",
			"โครงการทำกะปิและกุ้งแห้ง", "โครงการทำขนมเต้าส้อ", "โครงการร้านค้าชุมชน", "โครงการทำสบู่สมุนไพร",
			"โครงการเพาะเห็ดนางฟ้า", "โครงการเลี้ยงผึ้งชันโรง", "โครงการเสริมสวยและตัดผม",
			"โครงการแปรรูปสับปะรดภูเก็ต", "โครงการทำปลาเค็มและปลาหวาน", "โครงการทำของที่ระลึกจากเปลือกหอย");

	private static final List<String> WOMEN = List.of("สมศรี", "มาลี", "สุดา", "วันเพ็ญ", "จันทร์เพ็ญ", "ปราณี",
			"อรุณี", "บุญมี", "สมหญิง", "กาญจนา", "ละเอียด", "ประไพ", "สมพร", "บุญเรือน", "ทองใบ", "สายสุนีย์",
			"นงลักษณ์", "วิไลวรรณ", "พรทิพย์", "สุภาพ", "จิราพร", "รัตนา", "อำไพ", "เยาวลักษณ์", "ศรีสุดา", "ลำดวน",
			"บุปผา", "สุนีย์", "อัมพร", "นิตยา", "ยุพิน", "เพ็ญศรี", "ดวงใจ", "สุวรรณี", "กัลยา", "วาสนา", "สายใจ",
			"อุไรวรรณ", "ปัทมา", "ศิริพร", "ลัดดา", "จำเนียร", "สมใจ", "ฉวีวรรณ", "อนงค์", "ทัศนีย์", "เรณู",
			"สุมาลี", "มารีแย", "รอฮานี");

	private static final List<String> MEN = List.of("สมชาย", "สมศักดิ์", "ประเสริฐ", "บุญชัย", "วิชัย", "สุรชัย",
			"ชาตรี", "ธีระ", "สมบัติ", "ประยูร", "มานพ", "สุเทพ", "บุญส่ง", "อำนาจ", "ไพโรจน์", "สมพงษ์");

	private static final List<String> SURNAMES = List.of("ทองดี", "ศรีสุข", "แก้วมณี", "ณ ถลาง", "บุญมา",
			"จันทร์แก้ว", "หาญทะเล", "ทองคำ", "สุขสวัสดิ์", "แสงทอง", "ศรีวงศ์", "บุญยืน", "มีสุข", "ชูแก้ว",
			"แซ่ตัน", "แซ่ลิ้ม", "ตันติวงศ์", "หงษ์หยก", "ลิ่มสกุล", "ตันสกุล", "ณ ระนอง", "บุญยัง", "ชูทอง",
			"ขาวสะอาด", "หมื่นราม", "ไชยภักดี", "สังข์ทอง", "ดำรงผล", "ยอดแก้ว", "หมัดหลี", "ดำท้วม", "เกปัน",
			"เพชรรัตน์", "อินทร์แก้ว", "ทิพย์เนตร", "หลักแหลม", "เก็บทรัพย์", "ศรีสมัย", "จินดาพล", "อุดมทรัพย์");

	/** Registration offices of IDs issued outside Phuket (Phang Nga, Krabi, Nakhon Si Thammarat, Trang, Songkhla). */
	private static final List<String> OTHER_OFFICES = List.of("8201", "8101", "8001", "9201", "9011");

	/** What a project is made to show as of today (and yesterday). */
	private enum Kind {

		TIME_BARRED, RESCUED_BY_LIABILITY, ENDED, ENDED_WARNING_30, ENDED_WARNING_180, ENDED_DEBT_EXTENDED,
		ENDED_DEBT_SAVED, OVERDUE, NORMAL, RESTRUCTURED, RESTRUCTURED_OVERDUE, SETTLED, SETTLED_EARLY

	}

	// 60 time-barred, 90 contract ended (3 of them rescued by a liability acknowledgment), 60 overdue
	// (2 restructured), 60 normal (22 restructured), 30 settled.
	private static final Map<Kind, Integer> MIX = mix();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DemoWomenFund(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(() -> Clock.system(ThaiDates.BANGKOK));
	}

	@Override
	public int getOrder() {
		return 30;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Long existing = this.jdbc.queryForObject("select count(*) from wf_project", Long.class);
		if (existing != null && existing > 0) {
			return;
		}
		long started = System.nanoTime();
		List<Area> areas = areas();
		if (areas.isEmpty()) {
			log.warn("Demo data: no districts of province {} found, no women's fund projects added", PROVINCE);
			return;
		}
		Set<String> takenIds = new HashSet<>(this.jdbc.queryForList("select national_id from wf_person", String.class));
		LocalDate today = LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK));
		Registry registry = new Generator(new Random(SEED), today, takenIds).generate(areas);
		store(registry, OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC));
		log.info("Demo data: {} projects, {} people in {} ms", registry.projects().size(), registry.people().size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	// --- areas ------------------------------------------------------------------------------

	record Area(long districtId, String districtCode, String districtName, long subdistrictId, String subdistrictName,
			Long villageId, Integer moo, String villageName) {
	}

	private List<Area> areas() {
		return this.jdbc.query("""
				select d.id, d.code, d.name_th, s.id, s.name_th, v.id, v.moo, v.name_th
				from district d
				join province p on p.id = d.province_id
				join subdistrict s on s.district_id = d.id
				left join village v on v.subdistrict_id = s.id
				where p.code = ?
				order by d.code, s.code, v.moo""", (rs, i) -> {
			long villageId = rs.getLong(6);
			boolean village = !rs.wasNull();
			return new Area(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
					village ? villageId : null, village ? rs.getInt(7) : null, village ? rs.getString(8) : null);
		}, PROVINCE).stream().filter((area) -> PROJECTS.containsKey(area.districtCode())).toList();
	}

	// --- the generated registry -------------------------------------------------------------

	record Registry(List<Project> projects, List<Person> people) {
	}

	static final class Person {

		final String nationalId;

		final String title;

		final String firstName;

		final String lastName;

		final LocalDate birthDate;

		final String phone;

		final String address;

		final BigDecimal latitude;

		final BigDecimal longitude;

		Person(String nationalId, String title, String firstName, String lastName, LocalDate birthDate, String phone,
				String address, BigDecimal latitude, BigDecimal longitude) {
			this.nationalId = nationalId;
			this.title = title;
			this.firstName = firstName;
			this.lastName = lastName;
			this.birthDate = birthDate;
			this.phone = phone;
			this.address = address;
			this.latitude = latitude;
			this.longitude = longitude;
		}

	}

	record Member(Person person, String role) {
	}

	record Schedule(LocalDate effectiveFrom, String reason, List<LocalDate> dues, List<Long> amounts) {
	}

	/** A payment; by bill payment at a bank or counter service, else against a receipt at the office. */
	record Payment(LocalDate paidOn, long cents, boolean billPayment) {
	}

	record Acknowledgment(String kind, LocalDate signedOn, String note) {
	}

	static final class Project {

		final Area area;

		final String name;

		final long amount;

		final LocalDate signedOn;

		final BigDecimal interestRate;

		/** Whether the group pays at a bank when it can (bill payment since 2019), or at the office. */
		final boolean paysByBill;

		final List<Schedule> schedules = new ArrayList<>();

		final List<Payment> payments = new ArrayList<>();

		final List<Acknowledgment> acknowledgments = new ArrayList<>();

		final List<Member> members = new ArrayList<>();

		String code;

		String contractNumber;

		Project(Area area, String name, long amount, LocalDate signedOn, BigDecimal interestRate, boolean paysByBill) {
			this.area = area;
			this.name = name;
			this.amount = amount;
			this.signedOn = signedOn;
			this.interestRate = interestRate;
			this.paysByBill = paysByBill;
		}

		void pay(LocalDate day, long cents) {
			this.payments.add(new Payment(day, cents, this.paysByBill && day.getYear() >= BILL_PAYMENT_SINCE));
		}

		int fiscalYear() {
			return FiscalYear.of(this.signedOn).buddhistYear();
		}

		String fundGeneration() {
			return this.signedOn.isBefore(NEW_FUND_SINCE) ? "OLD" : "NEW";
		}

		String groupName() {
			return "กลุ่มสตรี" + (this.area.villageName() != null ? this.area.villageName() : this.area.subdistrictName());
		}

	}

	// --- generation --------------------------------------------------------------------------

	/**
	 * Draws the registry. Dates are counted back from {@code today} in whole months plus a few
	 * days so that no due date or payment falls on today or yesterday.
	 */
	static final class Generator {

		private final Random random;

		private final LocalDate today;

		/** Payments and late installments stay before this day. */
		private final LocalDate lastPaymentDay;

		private final Set<String> nationalIds;

		private final Map<Long, List<Person>> peopleBySubdistrict = new HashMap<>();

		private final List<Person> people = new ArrayList<>();

		private final Map<Long, double[]> villageCentres = new HashMap<>();

		private final Map<Long, double[]> subdistrictCentres = new HashMap<>();

		Generator(Random random, LocalDate today, Set<String> takenNationalIds) {
			this.random = random;
			this.today = today;
			this.lastPaymentDay = today.minusDays(2);
			this.nationalIds = new HashSet<>(takenNationalIds);
		}

		Registry generate(List<Area> areas) {
			List<Kind> kinds = new ArrayList<>();
			MIX.forEach((kind, count) -> kinds.addAll(Collections.nCopies(count, kind)));
			Collections.shuffle(kinds, this.random);
			List<Area> slots = slots(areas);
			List<Project> projects = new ArrayList<>();
			for (int i = 0; i < slots.size(); i++) {
				projects.add(project(kinds.get(i % kinds.size()), slots.get(i)));
			}
			// A few people sit on two projects: someone of an earlier project in the same subdistrict
			// also guarantees a later one.
			List<Integer> later = new ArrayList<>();
			Set<Long> seen = new HashSet<>();
			for (int i = 0; i < projects.size(); i++) {
				if (!seen.add(projects.get(i).area.subdistrictId())) {
					later.add(i);
				}
			}
			Collections.shuffle(later, this.random);
			Set<Integer> sharing = new HashSet<>(later.subList(0, Math.min(SHARED_PEOPLE, later.size())));
			for (int i = 0; i < projects.size(); i++) {
				members(projects.get(i), sharing.contains(i));
			}
			projects.sort(Comparator.comparing((Project project) -> project.signedOn));
			Map<Integer, Integer> running = new HashMap<>();
			for (Project project : projects) {
				int number = running.merge(project.fiscalYear(), 1, Integer::sum);
				project.code = "LM-" + PROVINCE + "-" + project.fiscalYear() + "-" + digits(number, 4);
				project.contractNumber = "สัญญาที่ " + number + "/" + project.fiscalYear();
			}
			return new Registry(projects, this.people);
		}

		/** The area of each project: every district its share, cycling over its villages. */
		private List<Area> slots(List<Area> areas) {
			Map<String, List<Area>> byDistrict = new LinkedHashMap<>();
			for (Area area : areas) {
				byDistrict.computeIfAbsent(area.districtCode(), (code) -> new ArrayList<>()).add(area);
			}
			List<Area> slots = new ArrayList<>();
			byDistrict.forEach((code, villages) -> {
				for (int i = 0; i < PROJECTS.get(code); i++) {
					slots.add(villages.get(i % villages.size()));
				}
			});
			return slots;
		}

		private Project project(Kind kind, Area area) {
			String name = PROJECT_NAMES.get(this.random.nextInt(PROJECT_NAMES.size()));
			long amount = 5_000_00L * (this.random.nextInt(10) < 6 ? between(6, 20) : between(21, 40));
			LocalDate lastPayment = lastPayment(kind);
			LocalDate signedOn = (lastPayment != null)
					? lastPayment.minusMonths(between(6, 20)).minusDays(between(3, 20)) : signedOn(kind);
			boolean oldFund = signedOn.isBefore(NEW_FUND_SINCE);
			BigDecimal rate = this.random.nextInt(100) < (oldFund ? 15 : 50) ? INTEREST : NO_INTEREST;
			Project project = new Project(area, name, amount, signedOn, rate, this.random.nextInt(10) < 4);
			Schedule first = schedule(signedOn, null, amount);
			project.schedules.add(first);
			switch (kind) {
				case TIME_BARRED -> timeBarred(project, first, false);
				case RESCUED_BY_LIABILITY -> timeBarred(project, first, true);
				case ENDED -> ended(project, first);
				case ENDED_WARNING_30, ENDED_WARNING_180 -> paidUntil(project, first, lastPayment);
				case ENDED_DEBT_EXTENDED -> {
					paidUntil(project, first, lastPayment);
					project.acknowledgments.add(new Acknowledgment("DEBT", this.today.minusDays(between(60, 300)),
							"หนังสือรับสภาพหนี้ ลงนามโดยผู้แทนกลุ่มและลูกหนี้ร่วม"));
				}
				case ENDED_DEBT_SAVED -> {
					// signed when the limitation had nearly run out
					paidUntil(project, first, lastPayment);
					project.acknowledgments.add(new Acknowledgment("DEBT",
							lastPayment.plusYears(LIMITATION_YEARS).minusDays(between(20, 90)),
							"หนังสือรับสภาพหนี้ ลงนามก่อนครบอายุความ"));
				}
				case OVERDUE -> overdue(project, first);
				case NORMAL -> onTime(project, first, 0, dueCount(first), this.lastPaymentDay);
				case RESTRUCTURED -> restructured(project, first, false);
				case RESTRUCTURED_OVERDUE -> restructured(project, first, true);
				case SETTLED -> onTime(project, first, 0, INSTALLMENTS, this.today.minusDays(30));
				case SETTLED_EARLY -> settledEarly(project, first);
			}
			return project;
		}

		/** When the contract was signed, by what the project is to show today. */
		private LocalDate signedOn(Kind kind) {
			return switch (kind) {
				// 8-14 years ago
				case TIME_BARRED, RESCUED_BY_LIABILITY -> this.today.minusDays(between(8 * 365 + 5, 14 * 365));
				// the term (24 months) ended 0.5-5 years ago
				case ENDED -> this.today.minusDays(between(183, 1800)).minusMonths(INSTALLMENTS);
				// signed some months before their last payment
				case ENDED_WARNING_30, ENDED_WARNING_180, ENDED_DEBT_EXTENDED, ENDED_DEBT_SAVED ->
					throw new IllegalArgumentException(kind.name());
				case OVERDUE -> monthsAgo(between(3, 21));
				case NORMAL -> (this.random.nextInt(10) == 0) ? this.today.minusDays(between(10, 25))
						: monthsAgo(between(1, 20));
				case RESTRUCTURED, RESTRUCTURED_OVERDUE -> this.today.minusDays(between(900, 1400));
				case SETTLED -> this.today.minusDays(between(27 * 30, 12 * 365));
				case SETTLED_EARLY -> monthsAgo(between(6, 30));
			};
		}

		private LocalDate monthsAgo(int months) {
			return this.today.minusMonths(months).minusDays(between(5, 20));
		}

		// Time-barred: a few installments paid long ago, then nothing for more than five years.
		private void timeBarred(Project project, Schedule schedule, boolean rescued) {
			int paid = rescued ? between(1, 8) : (this.random.nextInt(12) == 0 ? 0 : between(1, 8));
			onTime(project, schedule, 0, paid, this.today.minusYears(7));
			if (paid > 0 && !rescued && this.random.nextInt(8) == 0) {
				// an acknowledgment of debt that itself ran out long ago
				LocalDate signed = lastPayment(project).plusDays(between(400, 1500));
				if (signed.plusYears(LIMITATION_YEARS).isBefore(this.today.minusDays(30))) {
					project.acknowledgments.add(new Acknowledgment("DEBT", signed, "หนังสือรับสภาพหนี้ ลงนามโดยผู้แทนกลุ่ม"));
				}
			}
			if (rescued) {
				project.acknowledgments.add(new Acknowledgment("LIABILITY", this.today.minusDays(between(30, 330)),
						"หนังสือรับสภาพความผิด ลงนามโดยผู้แทนกลุ่มและลูกหนี้ร่วม"));
			}
		}

		// Contract ended: paid part of the installments, stopped, and paid something within the last 4.4 years.
		private void ended(Project project, Schedule schedule) {
			int paid = between(2, 20);
			onTime(project, schedule, 0, paid, this.today.minusYears(5));
			LocalDate from = this.today.minusDays(1600);
			LocalDate to = this.today.minusDays(20);
			LocalDate after = lastPayment(project).plusDays(10);
			int partials = between(0, 2);
			if (lastPayment(project).isBefore(from)) {
				partials++;
			}
			for (int i = 0; i < partials; i++) {
				LocalDate start = after.isAfter(from) ? after : from;
				partial(project, randomDay(start, to));
			}
		}

		/** The last payment of the projects made around it: their limitation is set by it. */
		private LocalDate lastPayment(Kind kind) {
			return switch (kind) {
				// contract ended, limitation runs out within 30 or 180 days: the last payment was five years ago
				case ENDED_WARNING_30 -> this.today.plusDays(between(3, 29)).minusYears(LIMITATION_YEARS);
				case ENDED_WARNING_180 -> this.today.plusDays(between(35, 175)).minusYears(LIMITATION_YEARS);
				// a debt acknowledgment extends a limitation that would have run out in 0.4-1.2 years
				case ENDED_DEBT_EXTENDED -> this.today.minusDays(between(1390, 1680));
				// a debt acknowledgment saves a limitation that would have run out 0.3-0.9 years ago
				case ENDED_DEBT_SAVED -> this.today.minusDays(between(1940, 2150));
				default -> null;
			};
		}

		/** Some installments on time, then one more payment (whole or part of an installment) on {@code lastPayment}. */
		private void paidUntil(Project project, Schedule schedule, LocalDate lastPayment) {
			LocalDate weekBefore = lastPayment.minusDays(7);
			int before = (int) schedule.dues().stream().filter((due) -> due.isBefore(weekBefore)).count();
			int paid = between(1, Math.max(1, before));
			onTime(project, schedule, 0, paid, lastPayment);
			long next = schedule.amounts().get(paid);
			project.pay(lastPayment, this.random.nextBoolean() ? next : roundTo100(next * between(30, 70) / 100));
		}

		private void overdue(Project project, Schedule schedule) {
			int due = dueCount(schedule);
			int missed = between(1, Math.min(6, due));
			onTime(project, schedule, 0, due - missed, this.lastPaymentDay);
			if (this.random.nextInt(10) < 3) {
				// something towards the first missed installment, not all of it
				LocalDate day = schedule.dues().get(due - missed).plusDays(between(5, 40));
				if (day.isBefore(this.lastPaymentDay)) {
					long part = roundTo100(schedule.amounts().get(due - missed) * between(30, 70) / 100);
					project.pay(day, part);
				}
			}
		}

		private void restructured(Project project, Schedule first, boolean overdue) {
			onTime(project, first, 0, between(3, 12), this.today.minusYears(1));
			LocalDate effective = monthsAgo(overdue ? between(5, 14) : between(2, 14));
			long paidBefore = project.payments.stream()
				.filter((payment) -> payment.paidOn().isBefore(effective))
				.mapToLong(Payment::cents)
				.sum();
			Schedule second = schedule(effective, RESTRUCTURING, project.amount - paidBefore);
			project.schedules.add(second);
			int due = dueCount(second);
			onTime(project, second, 0, overdue ? due - between(1, Math.min(3, due)) : due, this.lastPaymentDay);
		}

		private void settledEarly(Project project, Schedule schedule) {
			int due = dueCount(schedule);
			int paid = between(Math.min(3, due), Math.max(3, due - 2));
			onTime(project, schedule, 0, Math.min(paid, INSTALLMENTS - 1), this.today.minusDays(30));
			LocalDate after = lastPayment(project).plusDays(between(5, 60));
			LocalDate latest = this.today.minusDays(10);
			long rest = project.amount - paidTotal(project);
			project.pay(after.isBefore(latest) ? after : latest, rest);
		}

		// --- payments ---

		/**
		 * Pays installments {@code from} (inclusive) to {@code to} (exclusive) as most groups do: on
		 * or a few days before the due date, now and then two at once, rarely a few days late (only
		 * where the day stays before {@code lateBefore}).
		 */
		private void onTime(Project project, Schedule schedule, int from, int to, LocalDate lateBefore) {
			for (int i = from; i < to; i++) {
				LocalDate due = schedule.dues().get(i);
				long amount = schedule.amounts().get(i);
				LocalDate day = due.minusDays(between(0, 6));
				int roll = this.random.nextInt(100);
				if (roll < 10 && i + 1 < to) {
					amount += schedule.amounts().get(++i);
				}
				else if (roll > 92) {
					LocalDate late = due.plusDays(between(1, 12));
					if (late.isBefore(lateBefore)) {
						day = late;
					}
				}
				project.pay(day, amount);
			}
		}

		/** A partial payment of 500-3,000 baht, never more than a quarter of what is still owed. */
		private void partial(Project project, LocalDate day) {
			long owed = project.amount - paidTotal(project);
			long amount = Math.min(100_00L * between(5, 30), roundTo100(owed / 4));
			if (amount > 0) {
				project.pay(day, amount);
			}
		}

		// --- schedules ---

		/** 24 monthly installments from a month after {@code effectiveFrom}; the last takes the remainder. */
		static Schedule schedule(LocalDate effectiveFrom, String reason, long total) {
			long each = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(INSTALLMENTS), 0, RoundingMode.HALF_UP)
				.longValueExact();
			List<LocalDate> dues = new ArrayList<>();
			List<Long> amounts = new ArrayList<>();
			for (int i = 1; i <= INSTALLMENTS; i++) {
				dues.add(effectiveFrom.plusMonths(i));
				amounts.add(i < INSTALLMENTS ? each : total - each * (INSTALLMENTS - 1));
			}
			return new Schedule(effectiveFrom, reason, dues, amounts);
		}

		/** Installments due as of yesterday (and so as of today: no due date falls on yesterday). */
		private int dueCount(Schedule schedule) {
			LocalDate yesterday = this.today.minusDays(1);
			return (int) schedule.dues().stream().filter((due) -> due.isBefore(yesterday)).count();
		}

		// --- people ---

		private void members(Project project, boolean sharesAGuarantor) {
			project.members.add(new Member(person(project.area, true), "BORROWER"));
			int coBorrowers = between(1, 3);
			for (int i = 0; i < coBorrowers; i++) {
				project.members.add(new Member(person(project.area, true), "CO_BORROWER"));
			}
			int guarantors = between(1, 2);
			for (int i = 0; i < guarantors; i++) {
				Person guarantor = null;
				if (sharesAGuarantor && i == 0) {
					guarantor = neighbour(project);
				}
				if (guarantor == null) {
					guarantor = person(project.area, this.random.nextInt(10) < 7);
				}
				project.members.add(new Member(guarantor, "GUARANTOR"));
			}
		}

		/** Someone of an earlier project in the same subdistrict who is not yet on this one. */
		private Person neighbour(Project project) {
			List<Person> nearby = this.peopleBySubdistrict.getOrDefault(project.area.subdistrictId(), List.of())
				.stream()
				.filter((person) -> project.members.stream().noneMatch((member) -> member.person() == person))
				.toList();
			return nearby.isEmpty() ? null : nearby.get(this.random.nextInt(nearby.size()));
		}

		private Person person(Area area, boolean woman) {
			String firstName = woman ? pick(WOMEN) : pick(MEN);
			String title = woman ? (this.random.nextInt(10) < 7 ? "นาง" : "นางสาว") : "นาย";
			LocalDate birthDate = LocalDate.of(1955, 1, 1).plusDays(this.random.nextInt(36 * 365));
			String office = this.random.nextInt(100) < 85 ? area.districtCode() : pick(OTHER_OFFICES);
			String house = between(1, 250) + (this.random.nextInt(4) == 0 ? "/" + between(1, 20) : "");
			String moo = area.moo() != null ? " หมู่ " + area.moo() : "";
			double[] point = house(area);
			Person person = new Person(nationalId(birthDate.getYear() >= 1984 ? '1' : '3', office), title, firstName,
					pick(SURNAMES), birthDate,
					"08" + between(1, 9) + "-" + digits(this.random.nextInt(1000), 3) + "-"
							+ digits(this.random.nextInt(10000), 4),
					house + moo + " ต." + area.subdistrictName() + " อ." + area.districtName() + " จ.ภูเก็ต",
					BigDecimal.valueOf(point[0]).setScale(6, RoundingMode.HALF_UP),
					BigDecimal.valueOf(point[1]).setScale(6, RoundingMode.HALF_UP));
			this.people.add(person);
			this.peopleBySubdistrict.computeIfAbsent(area.subdistrictId(), (id) -> new ArrayList<>()).add(person);
			return person;
		}

		/** 13 digits: type, registration office, book and sequence, then the check digit; not yet taken. */
		private String nationalId(char type, String office) {
			while (true) {
				StringBuilder digits = new StringBuilder().append(type).append(office);
				while (digits.length() < 12) {
					digits.append((char) ('0' + this.random.nextInt(10)));
				}
				int sum = 0;
				for (int i = 0; i < 12; i++) {
					sum += (digits.charAt(i) - '0') * (13 - i);
				}
				String id = digits.append((11 - sum % 11) % 10).toString();
				if (this.nationalIds.add(id)) {
					return id;
				}
			}
		}

		/** A house near its village, the villages near their subdistrict's centre, all inside the district's box. */
		private double[] house(Area area) {
			double[] box = BOXES.get(area.districtCode());
			double[] subdistrict = this.subdistrictCentres.computeIfAbsent(area.subdistrictId(),
					(id) -> new double[] { uniform(box[0] + 0.01, box[1] - 0.01), uniform(box[2] + 0.01, box[3] - 0.01) });
			long villageKey = area.villageId() != null ? area.villageId() : -area.subdistrictId();
			double[] village = this.villageCentres.computeIfAbsent(villageKey,
					(id) -> new double[] { clamp(subdistrict[0] + uniform(-0.006, 0.006), box[0] + 0.003, box[1] - 0.003),
							clamp(subdistrict[1] + uniform(-0.006, 0.006), box[2] + 0.003, box[3] - 0.003) });
			return new double[] { clamp(village[0] + this.random.nextGaussian() * 0.0015, box[0] + 0.0005, box[1] - 0.0005),
					clamp(village[1] + this.random.nextGaussian() * 0.0015, box[2] + 0.0005, box[3] - 0.0005) };
		}

		// --- helpers ---

		private static LocalDate lastPayment(Project project) {
			return project.payments.stream().map(Payment::paidOn).max(Comparator.naturalOrder()).orElse(project.signedOn);
		}

		private static long paidTotal(Project project) {
			return project.payments.stream().mapToLong(Payment::cents).sum();
		}

		private static long roundTo100(long cents) {
			return cents / 100_00L * 100_00L;
		}

		private static double clamp(double value, double min, double max) {
			return Math.max(min, Math.min(max, value));
		}

		private double uniform(double min, double max) {
			return min + this.random.nextDouble() * (max - min);
		}

		private LocalDate randomDay(LocalDate from, LocalDate to) {
			long days = ChronoUnit.DAYS.between(from, to);
			return days <= 0 ? to : from.plusDays(this.random.nextInt((int) days + 1));
		}

		private int between(int min, int max) {
			return min + this.random.nextInt(max - min + 1);
		}

		private <T> T pick(List<T> values) {
			return values.get(this.random.nextInt(values.size()));
		}

	}

	// --- storing -------------------------------------------------------------------------------

	private void store(Registry registry, OffsetDateTime now) {
		List<Project> projects = registry.projects();
		insert("wf_project", "code, name, group_name, fund_generation, district_id, subdistrict_id, village_id,"
				+ " fiscal_year, approved_amount, created_at, updated_at",
				new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.BIGINT,
						Types.BIGINT, Types.INTEGER, Types.NUMERIC, Types.TIMESTAMP_WITH_TIMEZONE,
						Types.TIMESTAMP_WITH_TIMEZONE },
				projects.stream()
					.map((project) -> new Object[] { project.code, project.name, project.groupName(),
							project.fundGeneration(), project.area.districtId(), project.area.subdistrictId(),
							project.area.villageId(), project.fiscalYear(), baht(project.amount), now, now })
					.toList());
		Map<String, Long> projectIds = new HashMap<>();
		this.jdbc.query("select code, id from wf_project", (rs) -> {
			projectIds.put(rs.getString(1), rs.getLong(2));
		});

		insert("wf_person", "national_id, title, first_name, last_name, birth_date, phone, address, latitude,"
				+ " longitude, created_at, updated_at",
				new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.VARCHAR,
						Types.VARCHAR, Types.NUMERIC, Types.NUMERIC, Types.TIMESTAMP_WITH_TIMEZONE,
						Types.TIMESTAMP_WITH_TIMEZONE },
				registry.people()
					.stream()
					.map((person) -> new Object[] { person.nationalId, person.title, person.firstName, person.lastName,
							person.birthDate, person.phone, person.address, person.latitude, person.longitude, now, now })
					.toList());
		Map<String, Long> personIds = new HashMap<>();
		this.jdbc.query("select national_id, id from wf_person", (rs) -> {
			personIds.put(rs.getString(1), rs.getLong(2));
		});

		List<Object[]> members = new ArrayList<>();
		List<Object[]> contracts = new ArrayList<>();
		for (Project project : projects) {
			long projectId = projectIds.get(project.code);
			for (Member member : project.members) {
				members.add(new Object[] { projectId, personIds.get(member.person().nationalId), member.role() });
			}
			contracts.add(new Object[] { projectId, project.contractNumber, project.signedOn, baht(project.amount),
					project.interestRate, Contract.USUAL_DEFAULT_INTEREST });
		}
		insert("wf_project_member", "project_id, person_id, member_role",
				new int[] { Types.BIGINT, Types.BIGINT, Types.VARCHAR }, members);
		insert("wf_contract", "project_id, contract_number, signed_on, amount, annual_interest_rate, default_interest_rate",
				new int[] { Types.BIGINT, Types.VARCHAR, Types.DATE, Types.NUMERIC, Types.NUMERIC, Types.NUMERIC },
				contracts);
		Map<Long, Long> contractIds = new HashMap<>();
		this.jdbc.query("select project_id, id from wf_contract", (rs) -> {
			contractIds.put(rs.getLong(1), rs.getLong(2));
		});

		List<Object[]> schedules = new ArrayList<>();
		for (Project project : projects) {
			long contractId = contractIds.get(projectIds.get(project.code));
			for (Schedule schedule : project.schedules) {
				schedules.add(new Object[] { contractId, schedule.effectiveFrom(), schedule.reason(), now });
			}
		}
		insert("wf_schedule", "contract_id, effective_from, reason, created_at",
				new int[] { Types.BIGINT, Types.DATE, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE }, schedules);
		Map<String, Long> scheduleIds = new HashMap<>();
		this.jdbc.query("select contract_id, effective_from, id from wf_schedule", (rs) -> {
			scheduleIds.put(rs.getLong(1) + "/" + rs.getObject(2, LocalDate.class), rs.getLong(3));
		});

		List<Object[]> installments = new ArrayList<>();
		List<Object[]> acknowledgments = new ArrayList<>();
		List<Object[]> paid = new ArrayList<>();
		for (Project project : projects) {
			long projectId = projectIds.get(project.code);
			long contractId = contractIds.get(projectId);
			for (Schedule schedule : project.schedules) {
				long scheduleId = scheduleIds.get(contractId + "/" + schedule.effectiveFrom());
				for (int i = 0; i < schedule.dues().size(); i++) {
					installments.add(new Object[] { scheduleId, i + 1, schedule.dues().get(i),
							baht(schedule.amounts().get(i)) });
				}
			}
			for (Payment payment : project.payments) {
				paid.add(new Object[] { projectId, payment });
			}
			for (Acknowledgment acknowledgment : project.acknowledgments) {
				acknowledgments.add(new Object[] { projectId, acknowledgment.kind(), acknowledgment.signedOn(),
						acknowledgment.note(), now, CREATED_BY });
			}
		}
		insert("wf_installment", "schedule_id, seq, due_on, amount",
				new int[] { Types.BIGINT, Types.INTEGER, Types.DATE, Types.NUMERIC }, installments);

		// receipts and bill payments are numbered in the order they were paid, per fiscal year: RC-2565-00123
		paid.sort(Comparator.comparing((Object[] row) -> ((Payment) row[1]).paidOn()));
		Map<String, Integer> numbers = new HashMap<>();
		List<Object[]> payments = new ArrayList<>();
		for (Object[] row : paid) {
			Payment payment = (Payment) row[1];
			String prefix = (payment.billPayment() ? "BP-" : "RC-") + FiscalYear.of(payment.paidOn()).buddhistYear();
			int number = numbers.merge(prefix, 1, Integer::sum);
			payments.add(new Object[] { row[0], payment.paidOn(), baht(payment.cents()), prefix + "-" + digits(number, 5),
					payment.billPayment() ? "BILL_PAYMENT" : "RECEIPT", now, CREATED_BY });
		}
		insert("wf_payment", "project_id, paid_on, amount, reference, source, created_at, created_by",
				new int[] { Types.BIGINT, Types.DATE, Types.NUMERIC, Types.VARCHAR, Types.VARCHAR,
						Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR },
				payments);
		insert("wf_acknowledgment", "project_id, kind, signed_on, note, created_at, created_by",
				new int[] { Types.BIGINT, Types.VARCHAR, Types.DATE, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
						Types.VARCHAR },
				acknowledgments);
	}

	/**
	 * Inserts the rows with one JDBC batch of multi-row statements, {@value #ROWS_PER_STATEMENT} rows
	 * each (placeholders only; table and columns are the constants above), and one statement for the
	 * rest. Several rows a statement make the load about twice as fast on H2 as one row a statement.
	 */
	private void insert(String table, String columns, int[] types, List<Object[]> rows) {
		int full = rows.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
		if (full > 0) {
			List<Object[]> batch = new ArrayList<>();
			for (int start = 0; start < full; start += ROWS_PER_STATEMENT) {
				batch.add(flatten(rows.subList(start, start + ROWS_PER_STATEMENT), types.length));
			}
			this.jdbc.batchUpdate(insertSql(table, columns, types.length, ROWS_PER_STATEMENT), batch,
					repeat(types, ROWS_PER_STATEMENT));
		}
		int rest = rows.size() - full;
		if (rest > 0) {
			this.jdbc.update(insertSql(table, columns, types.length, rest), flatten(rows.subList(full, rows.size()),
					types.length), repeat(types, rest));
		}
	}

	private static String insertSql(String table, String columns, int width, int rows) {
		String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
		return "insert into " + table + " (" + columns + ") values " + String.join(", ", Collections.nCopies(rows, row));
	}

	private static Object[] flatten(List<Object[]> rows, int width) {
		Object[] values = new Object[rows.size() * width];
		for (int i = 0; i < rows.size(); i++) {
			System.arraycopy(rows.get(i), 0, values, i * width, width);
		}
		return values;
	}

	private static int[] repeat(int[] types, int times) {
		int[] repeated = new int[types.length * times];
		for (int i = 0; i < times; i++) {
			System.arraycopy(types, 0, repeated, i * types.length, types.length);
		}
		return repeated;
	}

	/** The number with leading zeros to {@code width} digits: 123 → "00123". */
	static String digits(long number, int width) {
		String digits = Long.toString(number);
		return "0".repeat(Math.max(0, width - digits.length())) + digits;
	}

	private static BigDecimal baht(long cents) {
		return BigDecimal.valueOf(cents, 2);
	}

	private static Map<Kind, Integer> mix() {
		Map<Kind, Integer> mix = new LinkedHashMap<>();
		mix.put(Kind.TIME_BARRED, 60);
		mix.put(Kind.RESCUED_BY_LIABILITY, 3);
		mix.put(Kind.ENDED, 66);
		mix.put(Kind.ENDED_WARNING_30, 6);
		mix.put(Kind.ENDED_WARNING_180, 10);
		mix.put(Kind.ENDED_DEBT_EXTENDED, 3);
		mix.put(Kind.ENDED_DEBT_SAVED, 2);
		mix.put(Kind.OVERDUE, 58);
		mix.put(Kind.RESTRUCTURED_OVERDUE, 2);
		mix.put(Kind.NORMAL, 38);
		mix.put(Kind.RESTRUCTURED, 22);
		mix.put(Kind.SETTLED, 22);
		mix.put(Kind.SETTLED_EARLY, 8);
		return mix;
	}

}
