package th.go.cdd.fastdata.womenfund.committee;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import th.go.cdd.fastdata.womenfund.committee.CommitteeMeetings.Meeting;
import th.go.cdd.fastdata.womenfund.report.DistrictFigures;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * One generated report of a meeting, read back from its stored rows: what the committee is shown,
 * the same on the page, in the Excel file and in the PDF.
 *
 * @param districts the province's districts in code order, then {@code total}
 * @param previous the previous meeting's report it compares with, or null for a province's first
 */
public record CommitteeReport(Long id, int version, LocalDate asOf, Instant generatedAt, String generatedBy,
		Meeting meeting, List<DistrictLine> districts, DistrictLine total, Previous previous) {

	/** The groups in the handbook's order, as every table lists them. */
	public static final List<StatusGroup> GROUPS = List.of(StatusGroup.TIME_BARRED, StatusGroup.CONTRACT_ENDED,
			StatusGroup.OVERDUE, StatusGroup.NORMAL, StatusGroup.SETTLED);

	/** Projects and amounts of one status group. */
	public record Cell(long projects, BigDecimal outstanding, BigDecimal overdue) {

		public static final Cell ZERO = new Cell(0, BigDecimal.ZERO, BigDecimal.ZERO);

		Cell plus(Cell other) {
			return new Cell(this.projects + other.projects, this.outstanding.add(other.outstanding),
					this.overdue.add(other.overdue));
		}

	}

	/** One district's status groups and its work in the period. */
	public record DistrictLine(Long districtId, String district, Map<StatusGroup, Cell> groups,
			DistrictFigures activity) {

		public Cell cell(StatusGroup group) {
			return this.groups.getOrDefault(group, Cell.ZERO);
		}

		/** Every project of the district, settled ones included. */
		public long projects() {
			return this.groups.values().stream().mapToLong(Cell::projects).sum();
		}

		public BigDecimal outstanding() {
			return this.groups.values().stream().map(Cell::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		public BigDecimal overdue() {
			return this.groups.values().stream().map(Cell::overdue).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	/** The previous meeting and the status figures its report showed, per district and in total. */
	public record Previous(Meeting meeting, LocalDate asOf, Map<Long, Map<StatusGroup, Cell>> districts,
			Map<StatusGroup, Cell> total) {

		public Cell cell(StatusGroup group) {
			return this.total.getOrDefault(group, Cell.ZERO);
		}

		public Cell cell(Long districtId, StatusGroup group) {
			return this.districts.getOrDefault(districtId, Map.of()).getOrDefault(group, Cell.ZERO);
		}

	}

	/** One row of "changes since the last meeting": a group's projects then and now. */
	public record Change(StatusGroup group, Long before, long now, Long difference, long movedInto,
			BigDecimal outstandingBefore, BigDecimal outstandingNow) {
	}

	/** Per group: projects at the previous meeting, now, the difference, and projects that entered it in the period. */
	public List<Change> changes() {
		return GROUPS.stream().map(group -> {
			Cell now = this.total.cell(group);
			Cell before = this.previous == null ? null : this.previous.cell(group);
			return new Change(group, before == null ? null : before.projects(), now.projects(),
					before == null ? null : now.projects() - before.projects(), this.total.activity().movedInto(group),
					before == null ? null : before.outstanding(), now.outstanding());
		}).toList();
	}

	/** A district's change in projects of a group since the previous meeting; null without one. */
	public Long change(DistrictLine line, StatusGroup group) {
		if (this.previous == null) {
			return null;
		}
		Cell before = line.districtId() == null ? this.previous.cell(group) : this.previous.cell(line.districtId(), group);
		return line.cell(group).projects() - before.projects();
	}

	/** "รายงานต่อที่ประชุมคณะกรรมการบริหารกองทุนพัฒนาบทบาทสตรีจังหวัดภูเก็ต ครั้งที่ 3/2569". */
	public String title() {
		return "รายงานผลการติดตามหนี้กองทุนพัฒนาบทบาทสตรี ต่อที่ประชุมคณะกรรมการบริหารกองทุนพัฒนาบทบาทสตรี"
				+ provinceName() + " " + this.meeting.title();
	}

	/** "จังหวัดภูเก็ต", however the label is written. */
	public String provinceName() {
		String label = this.meeting.province() == null ? "" : this.meeting.province().strip();
		return label.startsWith("จังหวัด") ? label : "จังหวัด" + label;
	}

	/** "some.xlsx"-safe base name: committee-report-3-2569-v2. */
	public String fileName(String extension) {
		return "committee-report-" + this.meeting.number() + "-" + this.meeting.year() + "-v" + this.version + "."
				+ extension;
	}

}
