package th.go.cdd.fastdata.womenfund.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import th.go.cdd.fastdata.womenfund.project.ProjectRepository;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses.PastClassification;
import th.go.cdd.fastdata.womenfund.status.Classification;

/**
 * Fills the status groups of the past months once (ย้อนหลัง), so the trend has a history from the first
 * day: every project is classified as of the last day of each of the previous {@value MonthlyFigures#MONTHS}
 * months, by the same rule as today, from its schedules, payments and acknowledgments.
 * <p>
 * Not from {@code wf_project_status_history}: that history starts on the day the system first classified a
 * project (the day of its LM import, or of the demo data), while the loans' own records go back years.
 * Months that already have rows (written live during the month) are left as they are. Runs once, at the first
 * start (or night) with projects, claimed in {@code wf_job_run} like the nightly run; at national scale in the
 * background, and a failure releases the claim for the next start or night.
 */
@Component
class PastMonths implements ApplicationRunner, Ordered {

	private static final Logger log = LoggerFactory.getLogger(PastMonths.class);

	static final String JOB = "status-month-backfill";

	private static final int BATCH = 500;

	private static final int FILL_BEFORE_SERVING = 5_000;

	private final ProjectStatuses statuses;

	private final ProjectRepository projects;

	private final MonthlyFigures figures;

	private final NamedParameterJdbcTemplate jdbc;

	private final TaskExecutor executor;

	PastMonths(ProjectStatuses statuses, ProjectRepository projects, MonthlyFigures figures,
			NamedParameterJdbcTemplate jdbc, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.statuses = statuses;
		this.projects = projects;
		this.figures = figures;
		this.jdbc = jdbc;
		this.executor = executor;
	}

	@Override
	public int getOrder() {
		return 60; // after the demo data and the classification at start
	}

	@Override
	public void run(ApplicationArguments args) {
		fillOnce();
	}

	/**
	 * Also each night after the reclassification: a registry that was empty at start (a new installation)
	 * gets its past months the night after its first LM import. Once claimed, a single UPDATE that changes
	 * nothing.
	 */
	@Scheduled(cron = "${fastdata.womenfund.dashboard.backfill-cron:0 30 3 * * *}", zone = "Asia/Bangkok")
	public void fillOnce() {
		if (this.projects.count() == 0) {
			return; // nothing to fill yet: leave the job unclaimed for when projects come
		}
		int claimed = this.jdbc.update("update wf_job_run set last_started_on = :today, started_at = current_timestamp"
				+ " where job = :job and last_started_on is null",
				Map.of("today", this.statuses.today(), "job", JOB));
		if (claimed == 0) {
			return;
		}
		List<Long> ids = this.projects.findAllIds();
		if (ids.size() <= FILL_BEFORE_SERVING) {
			fillOrRelease(ids);
		}
		else {
			this.executor.execute(() -> fillOrRelease(ids));
		}
	}

	private void fillOrRelease(List<Long> ids) {
		try {
			fill(ids);
		}
		catch (RuntimeException ex) {
			this.jdbc.update("update wf_job_run set last_started_on = null where job = :job", Map.of("job", JOB));
			log.error("Back-fill of the dashboards' past months failed; the next start tries again", ex);
		}
	}

	/**
	 * Classifies the given projects as of the end of each past month that has no rows yet, and writes those
	 * months.
	 *
	 * @return the months written
	 */
	List<YearMonth> fill(List<Long> ids) {
		long started = System.nanoTime();
		YearMonth thisMonth = this.figures.thisMonth();
		Set<LocalDate> present = new HashSet<>(this.jdbc.queryForList(
				"select distinct month_start from wf_status_month where month_start >= :first",
				Map.of("first", thisMonth.minusMonths(MonthlyFigures.MONTHS - 1).atDay(1)), LocalDate.class));
		List<LocalDate> ends = new ArrayList<>();
		for (int back = MonthlyFigures.MONTHS - 1; back >= 1; back--) {
			YearMonth month = thisMonth.minusMonths(back);
			if (!present.contains(month.atDay(1))) {
				ends.add(month.atEndOfMonth());
			}
		}
		if (ends.isEmpty()) {
			return List.of();
		}
		Map<Key, Sum> sums = new HashMap<>();
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			for (PastClassification past : this.statuses.classifyAsOf(batch, ends)) {
				Classification c = past.classification();
				Sum sum = sums.computeIfAbsent(new Key(past.districtId(), YearMonth.from(c.asOf()), c.group().name()),
						k -> new Sum());
				sum.projects++;
				sum.outstanding = sum.outstanding.add(c.outstandingAmount());
				sum.overdue = sum.overdue.add(c.overdueAmount());
			}
		}
		List<SqlParameterSource> rows = new ArrayList<>();
		sums.forEach((key, sum) -> rows.add(new MapSqlParameterSource().addValue("district", key.districtId())
			.addValue("month", key.month().atDay(1))
			.addValue("group", key.group())
			.addValue("projects", sum.projects)
			.addValue("outstanding", sum.outstanding)
			.addValue("overdue", sum.overdue)));
		this.jdbc.batchUpdate("insert into wf_status_month (district_id, month_start, status_group, projects,"
				+ " outstanding_amount, overdue_amount) values (:district, :month, :group, :projects, :outstanding, :overdue)",
				rows.toArray(SqlParameterSource[]::new));
		this.figures.rollUp(null, ends.get(0).withDayOfMonth(1), thisMonth.minusMonths(1).atDay(1), null);
		List<YearMonth> months = ends.stream().map(YearMonth::from).toList();
		log.info("Back-filled the status groups of {} past months from {} projects in {} ms", months.size(), ids.size(),
				(System.nanoTime() - started) / 1_000_000);
		return months;
	}

	private record Key(Long districtId, YearMonth month, String group) {
	}

	private static final class Sum {

		long projects;

		BigDecimal outstanding = BigDecimal.ZERO;

		BigDecimal overdue = BigDecimal.ZERO;

	}

}
