package th.go.cdd.fastdata.womenfund.committee;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import th.go.cdd.fastdata.thai.Baht;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.committee.CommitteeReport.Change;
import th.go.cdd.fastdata.womenfund.committee.CommitteeReport.DistrictLine;
import th.go.cdd.fastdata.womenfund.report.DistrictFigures;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * The report's tables, made once and drawn three times (the page, the Excel file and the PDF), so
 * the three always show the same figures under the same Thai headings. A value is a {@link Long}
 * (a count), a {@link BigDecimal} (baht), a {@link Delta} (more or fewer than last time) or text.
 */
public final class ReportTables {

	/** What a missing figure prints as (as {@code ThaiDates} prints a missing date). */
	static final String MISSING = "–";

	/** A change since the previous meeting: "+3", "−2", "0"; "–" when there was no previous meeting. */
	public record Delta(Long value) {

		@Override
		public String toString() {
			if (this.value == null) {
				return ReportTables.MISSING;
			}
			return this.value > 0 ? "+" + count(this.value) : this.value < 0 ? "−" + count(-this.value) : "0";
		}

	}

	/** One table: its heading, a note under it, column headings, the rows and the total row (or null). */
	public record Table(String key, String title, String note, List<String> headers, List<List<Object>> rows,
			List<Object> total) {

		/** A value as printed (for the page's template). */
		public String text(Object value) {
			return ReportTables.text(value);
		}

		/** Whether the value is a figure, aligned right. */
		public boolean number(Object value) {
			return value instanceof Long || value instanceof BigDecimal || value instanceof Delta;
		}

	}

	private ReportTables() {
	}

	public static List<Table> of(CommitteeReport report) {
		List<Table> tables = new ArrayList<>();
		tables.add(status(report));
		tables.add(amounts(report));
		tables.add(changes(report));
		if (report.previous() != null) {
			tables.add(changesByDistrict(report));
		}
		tables.add(perDistrict(report, "collections", "3. ผลการรับชำระหนี้ในช่วงรายงาน",
				List.of("อำเภอ", "จำนวนครั้งที่รับชำระ", "จำนวนเงิน (บาท)"),
				f -> List.of(f.payments(), f.collected())));
		tables.add(perDistrict(report, "measures", "4. มาตรการช่วยเหลือลูกหนี้",
				List.of("อำเภอ", "ยื่นคำขอ", "อนุกรรมการอำเภอเห็นชอบ", "อนุกรรมการจังหวัดอนุมัติ", "ไม่อนุมัติ"),
				f -> List.of(f.applied(), f.endorsed(), f.approved(), f.rejected())));
		tables.add(perDistrict(report, "cases", "5. การไกล่เกลี่ยก่อนฟ้องและการดำเนินคดี",
				List.of("อำเภอ", "เปิดเรื่องไกล่เกลี่ย", "ประนีประนอมยอมความ", "ไกล่เกลี่ยไม่สำเร็จ", "ยื่นฟ้อง",
						"ศาลพิพากษา"),
				f -> List.of(f.mediationOpened(), f.compromises(), f.mediationFailed(), f.suitsFiled(), f.suitsJudged())));
		tables.add(perDistrict(report, "visits", "6. การติดตามเยี่ยมลูกหนี้",
				List.of("อำเภอ", "ครั้งที่ออกเยี่ยม", "ลูกหนี้ที่ได้พบ/เยี่ยม (ราย)", "นัดชำระ (ราย)", "ยอดนัดชำระ (บาท)",
						"ย้ายที่อยู่/ติดตามไม่พบ"),
				f -> List.of(f.visits(), f.debtorsVisited(), f.promises(), f.promisedAmount(), f.untraceable())));
		return tables;
	}

	private static Table status(CommitteeReport report) {
		List<String> headers = new ArrayList<>();
		headers.add("อำเภอ");
		CommitteeReport.GROUPS.forEach(g -> headers.add(g.label() + " (ราย)"));
		headers.add("รวม (ราย)");
		headers.add("เงินต้นคงค้าง (บาท)");
		headers.add("ค้างชำระ (บาท)");
		List<List<Object>> rows = new ArrayList<>();
		report.districts().forEach(line -> rows.add(statusRow(line)));
		return new Table("status", "1. สถานะลูกหนี้รายอำเภอ ณ วันที่ " + ThaiDates.longDate(report.asOf()),
				"จำนวนโครงการตามกลุ่มสถานะ (คู่มือ ขั้นตอนที่ 2) และยอดเงินจากการจัดกลุ่มล่าสุด", headers, rows,
				statusRow(report.total()));
	}

	private static List<Object> statusRow(DistrictLine line) {
		List<Object> row = new ArrayList<>();
		row.add(line.district());
		CommitteeReport.GROUPS.forEach(g -> row.add(line.cell(g).projects()));
		row.add(line.projects());
		row.add(line.outstanding());
		row.add(line.overdue());
		return row;
	}

	private static Table amounts(CommitteeReport report) {
		List<List<Object>> rows = new ArrayList<>();
		for (StatusGroup group : CommitteeReport.GROUPS) {
			CommitteeReport.Cell cell = report.total().cell(group);
			rows.add(List.of(group.label(), cell.projects(), cell.outstanding(), cell.overdue()));
		}
		DistrictLine total = report.total();
		return new Table("amounts", "ยอดเงินตามกลุ่มสถานะ (ทั้งจังหวัด)", null,
				List.of("กลุ่มสถานะ", "จำนวน (ราย)", "เงินต้นคงค้าง (บาท)", "ค้างชำระ (บาท)"), rows,
				List.of("รวม", total.projects(), total.outstanding(), total.overdue()));
	}

	private static Table changes(CommitteeReport report) {
		String before = report.previous() == null || report.previous().meeting() == null ? null
				: report.previous().meeting().title();
		String note = before == null ? "ยังไม่มีรายงานของการประชุมครั้งก่อนให้เปรียบเทียบ"
				: "เทียบกับรายงานที่เสนอการประชุม" + before + " (ข้อมูล ณ วันที่ "
						+ ThaiDates.longDate(report.previous().asOf()) + ")";
		List<List<Object>> rows = new ArrayList<>();
		long moved = 0;
		for (Change change : report.changes()) {
			rows.add(List.of(change.group().label(), change.before() == null ? (Object) ReportTables.MISSING : change.before(),
					change.now(), new Delta(change.difference()), change.movedInto()));
			moved += change.movedInto();
		}
		List<Object> total = new ArrayList<>();
		total.add("รวม");
		total.add(report.previous() == null ? ReportTables.MISSING
				: report.previous().total().values().stream().mapToLong(CommitteeReport.Cell::projects).sum());
		total.add(report.total().projects());
		total.add(new Delta(report.previous() == null ? null
				: report.total().projects()
						- report.previous().total().values().stream().mapToLong(CommitteeReport.Cell::projects).sum()));
		total.add(moved);
		return new Table("changes", "2. การเปลี่ยนแปลงจากการประชุมครั้งก่อน", note,
				List.of("กลุ่มสถานะ", "ครั้งก่อน (ราย)", "ครั้งนี้ (ราย)", "เพิ่ม/ลด", "เปลี่ยนเข้ากลุ่มในช่วงรายงาน (ราย)"),
				rows, total);
	}

	private static Table changesByDistrict(CommitteeReport report) {
		List<String> headers = new ArrayList<>();
		headers.add("อำเภอ");
		CommitteeReport.GROUPS.forEach(g -> headers.add(g.label()));
		List<List<Object>> rows = new ArrayList<>();
		for (DistrictLine line : report.districts()) {
			rows.add(changeRow(report, line));
		}
		return new Table("changesByDistrict", "การเปลี่ยนแปลงรายอำเภอ (ราย เพิ่ม/ลด จากครั้งก่อน)", null, headers, rows,
				changeRow(report, report.total()));
	}

	private static List<Object> changeRow(CommitteeReport report, DistrictLine line) {
		List<Object> row = new ArrayList<>();
		row.add(line.district());
		CommitteeReport.GROUPS.forEach(g -> row.add(new Delta(report.change(line, g))));
		return row;
	}

	private static Table perDistrict(CommitteeReport report, String key, String title, List<String> headers,
			Function<DistrictFigures, List<Object>> values) {
		String note = "ช่วงรายงาน " + ThaiDates.longDate(report.meeting().periodFrom()) + " ถึง "
				+ ThaiDates.longDate(report.meeting().periodTo());
		List<List<Object>> rows = new ArrayList<>();
		for (DistrictLine line : report.districts()) {
			List<Object> row = new ArrayList<>();
			row.add(line.district());
			row.addAll(values.apply(line.activity()));
			rows.add(row);
		}
		List<Object> total = new ArrayList<>();
		total.add("รวม");
		total.addAll(values.apply(report.total().activity()));
		return new Table(key, title, note, headers, rows, total);
	}

	/** A value as the page and the PDF print it. */
	public static String text(Object value) {
		if (value instanceof BigDecimal amount) {
			return Baht.amount(amount);
		}
		if (value instanceof Long n) {
			return count(n);
		}
		return value == null ? ReportTables.MISSING : value.toString();
	}

	static String count(long n) {
		return String.format(Locale.ROOT, "%,d", n);
	}

}
