package th.go.cdd.fastdata.womenfund.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.thai.ThaiDates;

/**
 * The single figures the calculators and checks use ({@code wf_measure_parameter}), each by the
 * date it takes effect, with the announcement it comes from. A new announcement is a new row from
 * its date; the row before it ends the day before, and what was computed before keeps its figure.
 */
@Service
@Transactional(readOnly = true)
public class MeasureFigures {

	/**
	 * What each figure is called on screen and its unit. A figure the table holds but this list
	 * does not name still shows, under its code.
	 */
	static final Map<String, String[]> NAMES = names();

	private static Map<String, String[]> names() {
		Map<String, String[]> names = new LinkedHashMap<>();
		names.put("RESTRUCTURING/MAX_EXTRA_YEARS", new String[] { "ปรับโครงสร้างหนี้: ขยายเวลาได้อีกไม่เกิน", "ปี" });
		names.put("INTEREST_REDUCTION/CONTRACT_RATE", new String[] { "ลดดอกเบี้ย: อัตราตามสัญญา", "% ต่อปี" });
		names.put("INTEREST_REDUCTION/FIRST_MONTHS", new String[] { "ลดดอกเบี้ย: จำนวนเดือนแรก", "เดือน" });
		names.put("INTEREST_REDUCTION/FIRST_MONTHS_RATE", new String[] { "ลดดอกเบี้ย: อัตราในเดือนแรก", "% ต่อปี" });
		names.put("INTEREST_REDUCTION/MONTH_3_RATE",
				new String[] { "ลดดอกเบี้ย: อัตราเดือนที่ 3 (คู่มือไม่ระบุชัด)", "% ต่อปี" });
		names.put("INTEREST_REDUCTION/ON_TIME_RATE", new String[] { "ลดดอกเบี้ย: อัตราเมื่อชำระตรงงวด", "% ต่อปี" });
		names.put("INTEREST_REDUCTION/LATE_RATE", new String[] { "ลดดอกเบี้ย: อัตราเมื่อผิดนัด", "% ต่อปี" });
		names.put("PENALTY_WAIVER/CLOSE_OUT_DAYS", new String[] { "งดเบี้ยปรับ: ปิดบัญชีภายใน", "วัน" });
		names.put("PRE_SUIT_MEDIATION/MIN_DAYS_AFTER_INVITATION",
				new String[] { "ไกล่เกลี่ยก่อนฟ้อง: นัดทางไปรษณีย์ไม่น้อยกว่า (นับจากวันรับหนังสือ)", "วัน" });
		return names;
	}

	public record Figure(Long id, String measure, String name, BigDecimal value, LocalDate effectiveFrom,
			LocalDate effectiveTo, String source) {

		public String key() {
			return this.measure + "/" + this.name;
		}

		public String label() {
			String[] named = NAMES.get(key());
			return named == null ? key() : named[0];
		}

		public String unit() {
			String[] named = NAMES.get(key());
			return named == null ? "" : named[1];
		}

		public boolean inForceOn(LocalDate day) {
			return !this.effectiveFrom.isAfter(day) && (this.effectiveTo == null || !this.effectiveTo.isBefore(day));
		}

		/** "ตามคู่มือ (ไม่ระบุวันเริ่ม)" for the handbook's undated figures, else the B.E. date. */
		public String since() {
			return this.effectiveFrom.getYear() < 2000 ? "ตามคู่มือ (ไม่ระบุวันเริ่ม)" : ThaiDates.shortDate(this.effectiveFrom);
		}

	}

	/** Every version of one figure, newest first. */
	public record History(String key, String label, String unit, List<Figure> versions) {
	}

	/** A new figure refused; the message is Thai and says why. */
	public static class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

	private final JdbcClient jdbc;

	private final AuditLog audit;

	MeasureFigures(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public List<History> all() {
		Map<String, List<Figure>> byKey = new LinkedHashMap<>();
		for (String key : NAMES.keySet()) {
			byKey.put(key, new ArrayList<>());
		}
		this.jdbc.sql("""
				select id, measure, name, numeric_value, effective_from, effective_to, source
				from wf_measure_parameter order by measure, name, effective_from desc""")
			.query((rs, i) -> new Figure(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7)))
			.list()
			.forEach((f) -> byKey.computeIfAbsent(f.key(), (k) -> new ArrayList<>()).add(f));
		List<History> histories = new ArrayList<>();
		byKey.forEach((key, versions) -> {
			if (!versions.isEmpty()) {
				histories.add(new History(key, versions.get(0).label(), versions.get(0).unit(), List.copyOf(versions)));
			}
		});
		return histories;
	}

	/**
	 * A new value of a figure the table already holds, from a date after today and after its latest
	 * version; that version ends the day before.
	 */
	@Transactional
	public void announce(String key, String value, LocalDate effectiveFrom, String source, LocalDate today) {
		History history = all().stream()
			.filter((h) -> h.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new Refused("ไม่พบตัวเลขนี้"));
		BigDecimal number;
		try {
			number = new BigDecimal(value == null ? "" : value.strip().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw new Refused("ค่าต้องเป็นตัวเลข เช่น 2 หรือ 7.5");
		}
		if (number.signum() < 0 || number.compareTo(new BigDecimal("99999999")) > 0 || number.scale() > 4) {
			throw new Refused("ค่าต้องไม่ติดลบ และมีทศนิยมไม่เกิน 4 ตำแหน่ง");
		}
		if (!effectiveFrom.isAfter(today)) {
			throw new Refused("วันที่มีผลต้องเป็นวันหลังจากวันนี้ สิ่งที่คำนวณไปแล้วใช้ตัวเลขเดิม");
		}
		Figure latest = history.versions().get(0);
		if (!effectiveFrom.isAfter(latest.effectiveFrom())) {
			throw new Refused("ตัวเลขนี้มีฉบับที่มีผลตั้งแต่ " + ThaiDates.shortDate(latest.effectiveFrom())
					+ " อยู่แล้ว วันที่มีผลต้องอยู่หลังจากนั้น");
		}
		if (source == null || source.isBlank()) {
			throw new Refused("กรุณาระบุที่มา (เลขที่และวันที่ของประกาศหรือหนังสือสั่งการ)");
		}
		String text = source.strip();
		if (text.length() > 500) {
			throw new Refused("ที่มายาวเกิน 500 ตัวอักษร");
		}
		this.jdbc.sql("update wf_measure_parameter set effective_to = :to where id = :id and (effective_to is null or effective_to >= :from)")
			.param("to", effectiveFrom.minusDays(1))
			.param("from", effectiveFrom)
			.param("id", latest.id())
			.update();
		this.jdbc.sql("""
				insert into wf_measure_parameter (measure, name, numeric_value, effective_from, source)
				values (:measure, :name, :value, :from, :source)""")
			.param("measure", latest.measure())
			.param("name", latest.name())
			.param("value", number)
			.param("from", effectiveFrom)
			.param("source", text)
			.update();
		this.audit.updated("MeasureFigure", key, "ตัวเลขตามประกาศ " + history.label() + " มีผล "
				+ ThaiDates.shortDate(effectiveFrom), latest.value().toPlainString(), number.toPlainString());
	}

}
