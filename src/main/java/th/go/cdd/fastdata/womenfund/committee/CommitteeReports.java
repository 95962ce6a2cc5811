package th.go.cdd.fastdata.womenfund.committee;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.womenfund.committee.CommitteeMeetings.Meeting;
import th.go.cdd.fastdata.womenfund.committee.CommitteeReport.Cell;
import th.go.cdd.fastdata.womenfund.committee.CommitteeReport.DistrictLine;
import th.go.cdd.fastdata.womenfund.document.DocumentStore;
import th.go.cdd.fastdata.womenfund.project.DistrictStatusSummaries;
import th.go.cdd.fastdata.womenfund.project.DistrictStatusSummaries.GroupTotal;
import th.go.cdd.fastdata.womenfund.report.DistrictFigures;
import th.go.cdd.fastdata.womenfund.report.PeriodActivity;
import th.go.cdd.fastdata.womenfund.report.PeriodFigures;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * Generates a meeting's report and reads it back. A report is frozen when generated: the status
 * figures of the province's districts (the stored summary, as the overview shows them) and the
 * period's work ({@link PeriodActivity}) are written as rows, then read back and rendered to Excel
 * and PDF, which go to the {@link DocumentStore} (a folder or S3, as the project files: kept with
 * the other documents, backed up with them, and not in the database's rows). Generating again
 * before the meeting adds a new version and keeps the old ones; once the meeting is marked held
 * it is refused, so what the committee saw stays what it saw.
 */
@Service
@Transactional
public class CommitteeReports {

	/** Generating once the meeting has been held. */
	public static class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

	/** A generated version, for the meeting's history. */
	public record Version(Long id, int version, LocalDate asOf, Instant generatedAt, String generatedBy, long xlsxSize,
			long pdfSize) {
	}

	/** A stored file of a report, to download. */
	public record ReportFile(String name, String contentType, long size, String key) {
	}

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String PDF = "application/pdf";

	private final NamedParameterJdbcTemplate jdbc;

	private final CommitteeMeetings meetings;

	private final DistrictStatusSummaries summaries;

	private final PeriodActivity activity;

	private final OrganisationDirectory directory;

	private final DocumentStore store;

	private final CommitteeWorkbook workbook;

	private final CommitteePdf pdf;

	private final AuditLog audit;

	CommitteeReports(NamedParameterJdbcTemplate jdbc, CommitteeMeetings meetings, DistrictStatusSummaries summaries,
			PeriodActivity activity, OrganisationDirectory directory, DocumentStore store, CommitteeWorkbook workbook,
			CommitteePdf pdf, AuditLog audit) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.summaries = summaries;
		this.activity = activity;
		this.directory = directory;
		this.store = store;
		this.workbook = workbook;
		this.pdf = pdf;
		this.audit = audit;
	}

	/**
	 * Counts the figures now, stores them as the meeting's next report version with its Excel and PDF.
	 * @throws Refused once the meeting has been marked held
	 */
	public CommitteeReport generate(Meeting meeting, String username) {
		if (meeting.held()) {
			throw new Refused("การประชุม " + meeting.title() + " บันทึกว่าประชุมแล้ว รายงานที่เสนอที่ประชุมจึงไม่สร้างใหม่");
		}
		List<AreaOption> districts = this.directory.districtsOf(meeting.provinceId());
		List<Long> ids = districts.stream().map(AreaOption::id).toList();
		LocalDate asOf = this.meetings.today();
		Long previousReport = this.meetings.previous(meeting).flatMap(p -> latestId(p.id())).orElse(null);
		Integer last = this.jdbc.queryForObject("select max(version) from wf_committee_report where meeting_id = :id",
				Map.of("id", meeting.id()), Integer.class);
		int version = last == null ? 1 : last + 1;
		String xlsxKey = DocumentStore.newKey("committee");
		String pdfKey = DocumentStore.newKey("committee");
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update("insert into wf_committee_report (meeting_id, version, as_of, previous_report_id, xlsx_key,"
				+ " xlsx_size, pdf_key, pdf_size, generated_at, generated_by) values (:meeting, :version, :asOf, :previous,"
				+ " :xlsx, 0, :pdf, 0, :now, :by)", new MapSqlParameterSource().addValue("meeting", meeting.id())
					.addValue("version", version)
					.addValue("asOf", asOf)
					.addValue("previous", previousReport)
					.addValue("xlsx", xlsxKey)
					.addValue("pdf", pdfKey)
					.addValue("now", Timestamp.from(Instant.now()))
					.addValue("by", username), key, new String[] { "id" });
		Long reportId = key.getKey().longValue();
		for (GroupTotal row : this.summaries.in(ids)) {
			this.jdbc.update("insert into wf_committee_status (report_id, district_id, status_group, projects,"
					+ " outstanding_amount, overdue_amount) values (:report, :district, :group, :projects, :outstanding, :overdue)",
					new MapSqlParameterSource().addValue("report", reportId)
						.addValue("district", row.districtId())
						.addValue("group", row.group().name())
						.addValue("projects", row.projects())
						.addValue("outstanding", row.outstanding())
						.addValue("overdue", row.overdue()));
		}
		PeriodFigures figures = this.activity.of(ids, meeting.periodFrom(), meeting.periodTo());
		for (DistrictFigures f : figures.districts()) {
			this.jdbc.update("insert into wf_committee_activity (report_id, district_id, visits, debtors_visited, promises,"
					+ " promised_amount, untraceable, payments, collected, applied, endorsed, approved, rejected,"
					+ " mediation_opened, compromises, mediation_failed, suits_filed, suits_judged) values (:report, :district,"
					+ " :visits, :debtors, :promises, :promised, :untraceable, :payments, :collected, :applied, :endorsed,"
					+ " :approved, :rejected, :opened, :compromises, :failed, :filed, :judged)",
					new MapSqlParameterSource().addValue("report", reportId)
						.addValue("district", f.districtId())
						.addValue("visits", f.visits())
						.addValue("debtors", f.debtorsVisited())
						.addValue("promises", f.promises())
						.addValue("promised", f.promisedAmount())
						.addValue("untraceable", f.untraceable())
						.addValue("payments", f.payments())
						.addValue("collected", f.collected())
						.addValue("applied", f.applied())
						.addValue("endorsed", f.endorsed())
						.addValue("approved", f.approved())
						.addValue("rejected", f.rejected())
						.addValue("opened", f.mediationOpened())
						.addValue("compromises", f.compromises())
						.addValue("failed", f.mediationFailed())
						.addValue("filed", f.suitsFiled())
						.addValue("judged", f.suitsJudged()));
			f.movedInto().forEach((group, count) -> {
				if (count != null && count > 0) {
					this.jdbc.update("insert into wf_committee_moved (report_id, district_id, status_group, projects)"
							+ " values (:report, :district, :group, :projects)", Map.of("report", reportId, "district",
									f.districtId(), "group", group.name(), "projects", count));
				}
			});
		}
		CommitteeReport report = load(meeting, reportId);
		long xlsxSize = put(xlsxKey, this.workbook.write(report), XLSX);
		long pdfSize = put(pdfKey, this.pdf.write(report), PDF);
		this.jdbc.update("update wf_committee_report set xlsx_size = :xlsx, pdf_size = :pdf where id = :id",
				Map.of("xlsx", xlsxSize, "pdf", pdfSize, "id", reportId));
		this.audit.created("CommitteeReport", reportId,
				"สร้างรายงานต่อคณะกรรมการกองทุนฯ " + meeting.title() + " ฉบับที่ " + version, null);
		return report;
	}

	/** The meeting's versions, the latest first. */
	@Transactional(readOnly = true)
	public List<Version> versions(Meeting meeting) {
		return this.jdbc.query("select id, version, as_of, generated_at, generated_by, xlsx_size, pdf_size"
				+ " from wf_committee_report where meeting_id = :id order by version desc", Map.of("id", meeting.id()),
				(rs, i) -> new Version(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
						rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getLong(6), rs.getLong(7)));
	}

	/** The meeting's latest report, if one was generated. */
	@Transactional(readOnly = true)
	public Optional<CommitteeReport> latest(Meeting meeting) {
		return latestId(meeting.id()).map(id -> load(meeting, id));
	}

	/** A version of the meeting's report; 404 when the meeting has no such version. */
	@Transactional(readOnly = true)
	public CommitteeReport version(Meeting meeting, int version) {
		return this.jdbc
			.queryForList("select id from wf_committee_report where meeting_id = :meeting and version = :version",
					Map.of("meeting", meeting.id(), "version", version), Long.class)
			.stream()
			.findFirst()
			.map(id -> load(meeting, id))
			.orElseThrow(NotFoundInScope::new);
	}

	/** The stored Excel or PDF of a report. */
	@Transactional(readOnly = true)
	public ReportFile file(CommitteeReport report, String extension) {
		String column = "pdf".equals(extension) ? "pdf" : "xlsx";
		Map<String, Object> row = this.jdbc.queryForMap(
				"select xlsx_key, xlsx_size, pdf_key, pdf_size from wf_committee_report where id = :id",
				Map.of("id", report.id()));
		return new ReportFile(report.fileName(column), "pdf".equals(column) ? PDF : XLSX,
				((Number) row.get(column + "_size")).longValue(), (String) row.get(column + "_key"));
	}

	public InputStream open(ReportFile file) throws IOException {
		return this.store.open(file.key());
	}

	private Optional<Long> latestId(Long meetingId) {
		return this.jdbc
			.queryForList("select id from wf_committee_report where meeting_id = :meeting order by version desc",
					Map.of("meeting", meetingId), Long.class)
			.stream()
			.findFirst();
	}

	/** Reads a stored report back from its rows. */
	CommitteeReport load(Meeting meeting, Long reportId) {
		Map<String, Object> head = this.jdbc.queryForMap("select id, version, as_of, generated_at, generated_by,"
				+ " previous_report_id from wf_committee_report where id = :id", Map.of("id", reportId));
		Map<Long, Map<StatusGroup, Cell>> status = status(reportId);
		Map<Long, DistrictFigures> work = activity(reportId);
		List<DistrictLine> lines = new ArrayList<>();
		for (AreaOption district : this.directory.districtsOf(meeting.provinceId())) {
			DistrictFigures figures = work.getOrDefault(district.id(), empty(district.id(), district.label()));
			lines.add(new DistrictLine(district.id(), district.label(),
					status.getOrDefault(district.id(), new EnumMap<>(StatusGroup.class)), renamed(figures, district.label())));
		}
		Map<StatusGroup, Cell> totals = new EnumMap<>(StatusGroup.class);
		DistrictFigures totalWork = empty(null, "รวม");
		for (DistrictLine line : lines) {
			line.groups().forEach((group, cell) -> totals.merge(group, cell, Cell::plus));
			totalWork = plus(totalWork, line.activity());
		}
		CommitteeReport.Previous previous = null;
		Number previousId = (Number) head.get("previous_report_id");
		if (previousId != null) {
			Map<String, Object> prev = this.jdbc.queryForMap("select meeting_id, as_of from wf_committee_report"
					+ " where id = :id", Map.of("id", previousId.longValue()));
			Meeting before = this.meetings.find(((Number) prev.get("meeting_id")).longValue(), meeting.province())
				.orElse(null);
			Map<Long, Map<StatusGroup, Cell>> prevStatus = status(previousId.longValue());
			Map<StatusGroup, Cell> prevTotals = new EnumMap<>(StatusGroup.class);
			prevStatus.values().forEach(m -> m.forEach((group, cell) -> prevTotals.merge(group, cell, Cell::plus)));
			previous = new CommitteeReport.Previous(before, toDate(prev.get("as_of")), prevStatus, prevTotals);
		}
		return new CommitteeReport(reportId, ((Number) head.get("version")).intValue(), toDate(head.get("as_of")),
				toInstant(head.get("generated_at")), (String) head.get("generated_by"), meeting, lines,
				new DistrictLine(null, "รวม", totals, totalWork), previous);
	}

	private Map<Long, Map<StatusGroup, Cell>> status(Long reportId) {
		Map<Long, Map<StatusGroup, Cell>> status = new HashMap<>();
		this.jdbc.query("select district_id, status_group, projects, outstanding_amount, overdue_amount"
				+ " from wf_committee_status where report_id = :id", Map.of("id", reportId), rs -> {
					status.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(StatusGroup.class))
						.put(StatusGroup.valueOf(rs.getString(2)),
								new Cell(rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5)));
				});
		return status;
	}

	private Map<Long, DistrictFigures> activity(Long reportId) {
		Map<Long, Map<StatusGroup, Long>> moved = new HashMap<>();
		this.jdbc.query("select district_id, status_group, projects from wf_committee_moved where report_id = :id",
				Map.of("id", reportId), rs -> {
					moved.computeIfAbsent(rs.getLong(1), id -> new EnumMap<>(StatusGroup.class))
						.put(StatusGroup.valueOf(rs.getString(2)), rs.getLong(3));
				});
		Map<Long, DistrictFigures> work = new LinkedHashMap<>();
		this.jdbc.query("select district_id, visits, debtors_visited, promises, promised_amount, untraceable, payments,"
				+ " collected, applied, endorsed, approved, rejected, mediation_opened, compromises, mediation_failed,"
				+ " suits_filed, suits_judged from wf_committee_activity where report_id = :id", Map.of("id", reportId),
				rs -> {
					long district = rs.getLong(1);
					work.put(district, new DistrictFigures(district, "", rs.getLong(2), rs.getLong(3), rs.getLong(4),
							rs.getBigDecimal(5), rs.getLong(6), rs.getLong(7), rs.getBigDecimal(8),
							moved.getOrDefault(district, new EnumMap<>(StatusGroup.class)), rs.getLong(9), rs.getLong(10),
							rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14), rs.getLong(15), rs.getLong(16),
							rs.getLong(17)));
				});
		return work;
	}

	private static DistrictFigures empty(Long districtId, String district) {
		return new DistrictFigures(districtId, district, 0, 0, 0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO,
				new EnumMap<>(StatusGroup.class), 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	private static DistrictFigures renamed(DistrictFigures f, String district) {
		return new DistrictFigures(f.districtId(), district, f.visits(), f.debtorsVisited(), f.promises(),
				f.promisedAmount(), f.untraceable(), f.payments(), f.collected(), f.movedInto(), f.applied(), f.endorsed(),
				f.approved(), f.rejected(), f.mediationOpened(), f.compromises(), f.mediationFailed(), f.suitsFiled(),
				f.suitsJudged());
	}

	// DistrictFigures.plus is the report package's own; the sum of stored rows is made here the same way
	private static DistrictFigures plus(DistrictFigures a, DistrictFigures b) {
		Map<StatusGroup, Long> moved = new EnumMap<>(StatusGroup.class);
		moved.putAll(a.movedInto());
		b.movedInto().forEach((group, count) -> moved.merge(group, count, Long::sum));
		return new DistrictFigures(a.districtId(), a.district(), a.visits() + b.visits(),
				a.debtorsVisited() + b.debtorsVisited(), a.promises() + b.promises(),
				a.promisedAmount().add(b.promisedAmount()), a.untraceable() + b.untraceable(), a.payments() + b.payments(),
				a.collected().add(b.collected()), moved, a.applied() + b.applied(), a.endorsed() + b.endorsed(),
				a.approved() + b.approved(), a.rejected() + b.rejected(), a.mediationOpened() + b.mediationOpened(),
				a.compromises() + b.compromises(), a.mediationFailed() + b.mediationFailed(), a.suitsFiled() + b.suitsFiled(),
				a.suitsJudged() + b.suitsJudged());
	}

	// H2 gives a time stamp with time zone as OffsetDateTime, PostgreSQL's driver as Timestamp
	private static Instant toInstant(Object value) {
		if (value instanceof java.time.OffsetDateTime t) {
			return t.toInstant();
		}
		return value instanceof Timestamp t ? t.toInstant() : (Instant) value;
	}

	private static LocalDate toDate(Object value) {
		return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
	}

	private long put(String key, byte[] bytes, String contentType) {
		try {
			Path file = Files.createTempFile("committee-", ".part");
			try {
				Files.write(file, bytes);
				this.store.put(key, file, contentType);
				// deleted again should the report's rows roll back (the PDF failing, or any later step)
				ReportFiles.deleteUnlessCommitted(this.store, List.of(key));
				return bytes.length;
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
