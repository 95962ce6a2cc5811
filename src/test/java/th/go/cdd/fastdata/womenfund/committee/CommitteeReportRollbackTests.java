package th.go.cdd.fastdata.womenfund.committee;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.thai.ThaiDates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

/**
 * A report that fails on its way is not stored at all: no version row, and the files already written
 * to the document store are deleted again (nothing would refer to them).
 */
@SpringBootTest
@ActiveProfiles("test")
class CommitteeReportRollbackTests {

	@MockitoSpyBean
	CommitteePdf pdf;

	@MockitoSpyBean
	AuditLog audit;

	@Autowired
	CommitteeReports reports;

	@Autowired
	CommitteeMeetings meetings;

	@Autowired
	JdbcTemplate jdbc;

	@Value("${fastdata.documents.local-root}")
	Path root;

	@Test
	void aReportWhosePdfFailsLeavesNeitherItsRowsNorItsWorkbook() throws IOException {
		CommitteeMeetings.Meeting meeting = meeting(77);
		long filesBefore = files();
		doThrow(new IllegalStateException("the font cannot be read")).when(this.pdf).write(any());

		assertThatThrownBy(() -> this.reports.generate(meeting, "province")).hasMessageContaining("font");

		assertThat(versions(meeting)).isZero();
		assertThat(files()).as("files in the document store").isEqualTo(filesBefore);
	}

	@Test
	void aReportFailingAfterBothFilesAreStoredLeavesNeitherFile() throws IOException {
		CommitteeMeetings.Meeting meeting = meeting(78);
		long filesBefore = files();
		doThrow(new IllegalStateException("the audit log is not reachable")).when(this.audit)
			.created(eq("CommitteeReport"), any(), anyString(), any());

		assertThatThrownBy(() -> this.reports.generate(meeting, "province")).hasMessageContaining("audit");

		assertThat(versions(meeting)).isZero();
		assertThat(files()).as("files in the document store").isEqualTo(filesBefore);
	}

	private CommitteeMeetings.Meeting meeting(int number) {
		Long phuket = this.jdbc.queryForObject("select id from province where code = '83'", Long.class);
		java.time.LocalDate day = ThaiDates.today().plusDays(200 + number);
		this.jdbc.update("""
				insert into wf_committee_meeting (province_id, meeting_no, meeting_year, meeting_on, period_from, period_to,
				  created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, 'test')""", phuket, number, day.getYear() + 543, day,
				day.minusDays(30), day, Timestamp.from(Instant.now()));
		Long id = this.jdbc.queryForObject("select id from wf_committee_meeting where meeting_no = ?", Long.class, number);
		return this.meetings.find(id, "ภูเก็ต").orElseThrow();
	}

	private long versions(CommitteeMeetings.Meeting meeting) {
		return this.jdbc.queryForObject("select count(*) from wf_committee_report where meeting_id = ?", Long.class,
				meeting.id());
	}

	private long files() throws IOException {
		if (!Files.exists(this.root)) {
			return 0;
		}
		try (Stream<Path> all = Files.walk(this.root)) {
			return all.filter(Files::isRegularFile).count();
		}
	}

}
