package th.go.cdd.fastdata.womenfund.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.status.Classification;
import th.go.cdd.fastdata.womenfund.status.LoanHistory;
import th.go.cdd.fastdata.womenfund.status.StatusGroupClassifier;
import th.go.cdd.fastdata.womenfund.status.StatusRule;

/**
 * Classifies projects and keeps the stored classification current: after every change to a
 * project, and every night for all (a project moves between groups by the passing of time
 * alone). Any other date is computed on the fly by {@link #classify}.
 */
@Service
public class ProjectStatuses {

	private static final Logger log = LoggerFactory.getLogger(ProjectStatuses.class);

	/**
	 * Projects per read (and per transaction of a run over many). Not more: on the national data (bench/),
	 * PostgreSQL reads the schedules of 1,000 projects by a scan of all 300,000 instead of by their contracts'
	 * index (EXPLAIN ANALYZE: 60 ms for their installments, against 18 ms for 500 by the index).
	 */
	private static final int BATCH = 500;

	private static final int THREADS = 2;

	/** Which instance claimed a nightly run, for the operator reading wf_job_run. */
	private static final String INSTANCE = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();

	private final LoanHistories histories;

	private final StatusRules rules;

	private final ProjectRepository projects;

	private final ProjectStatusRepository statuses;

	private final ProjectStatusHistoryRepository statusHistory;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	private final DistrictStatusSummaries summaries;

	private final StatusWrites writes;

	ProjectStatuses(LoanHistories histories, StatusRules rules, ProjectRepository projects,
			ProjectStatusRepository statuses, ProjectStatusHistoryRepository statusHistory, Clock clock,
			PlatformTransactionManager transactionManager, JdbcTemplate jdbc, DistrictStatusSummaries summaries,
			StatusWrites writes) {
		this.writes = writes;
		this.jdbc = jdbc;
		this.summaries = summaries;
		this.transactions = new TransactionTemplate(transactionManager);
		this.histories = histories;
		this.rules = rules;
		this.projects = projects;
		this.statuses = statuses;
		this.statusHistory = statusHistory;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ThaiDates.BANGKOK));
	}

	/** Everything that happened to one loan (schedules, payments, acknowledgments), for the calculators. */
	@Transactional(readOnly = true)
	public java.util.Optional<LoanHistory> historyOf(Long projectId) {
		return java.util.Optional.ofNullable(this.histories.of(List.of(projectId)).get(projectId));
	}

	/** The classification of one project as of any date, computed now. */
	@Transactional(readOnly = true)
	public Classification classify(Long projectId, LocalDate asOf) {
		LoanHistory history = this.histories.of(List.of(projectId)).get(projectId);
		if (history == null) {
			throw new IllegalStateException("project " + projectId + " has no contract schedule");
		}
		return StatusGroupClassifier.classify(history, ruleOn(asOf), asOf);
	}

	/** A project as it stood at the end of a past day, for the dashboards' months. */
	public record PastClassification(Long projectId, Long districtId, Classification classification) {
	}

	/**
	 * Classifies the given projects as of each of the dates, each date under the rule in force on it;
	 * a date before a project's contract took effect gives nothing (the loan did not exist yet). Reads
	 * each project's history once for all the dates.
	 */
	@Transactional(readOnly = true)
	public List<PastClassification> classifyAsOf(List<Long> projectIds, List<LocalDate> dates) {
		Map<LocalDate, StatusRule> rulesOn = new HashMap<>();
		dates.forEach(date -> rulesOn.put(date, this.rules.requireParameterOn(date).rule()));
		Map<Long, LoanHistory> loaded = this.histories.of(projectIds);
		List<PastClassification> classified = new ArrayList<>();
		for (Object[] project : this.projects.findDistrictsOf(projectIds)) {
			LoanHistory history = loaded.get((Long) project[0]);
			if (history == null) {
				continue;
			}
			LocalDate start = history.schedules().get(0).effectiveFrom();
			for (LocalDate date : dates) {
				if (!date.isBefore(start)) {
					classified.add(new PastClassification((Long) project[0], (Long) project[1],
							StatusGroupClassifier.classify(history, rulesOn.get(date), date)));
				}
			}
		}
		return classified;
	}

	/**
	 * The rule in force on a date. The rule of the last date asked is kept for a minute: every
	 * page asks for today's, and a new announcement (a row of wf_status_parameter) may take a
	 * minute to apply, which no officer notices.
	 */
	public StatusRule ruleOn(LocalDate asOf) {
		KeptRule kept = this.keptRule;
		long now = System.nanoTime();
		if (kept != null && kept.date().equals(asOf) && now - kept.since() < KEEP_RULE_NANOS) {
			return kept.rule();
		}
		StatusRule rule = this.rules.requireParameterOn(asOf).rule();
		this.keptRule = new KeptRule(asOf, rule, now);
		return rule;
	}

	private record KeptRule(LocalDate date, StatusRule rule, long since) {
	}

	private static final long KEEP_RULE_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

	private volatile KeptRule keptRule;

	/**
	 * Re-classifies the given projects as of today and stores the result, with the counts of their
	 * districts, in the caller's transaction.
	 */
	@Transactional
	public void refresh(Collection<Long> projectIds) {
		Set<Long> districts = classifyAndStore(projectIds);
		// the summary is counted by SQL, which sees only what Hibernate has sent
		this.statuses.flush();
		this.summaries.recount(districts);
	}

	/** Classifies and stores; answers the districts whose counts may have changed. */
	private Set<Long> classifyAndStore(Collection<Long> projectIds) {
		LocalDate today = today();
		StatusRule rule = ruleOn(today);
		List<Long> ids = new ArrayList<>(projectIds);
		Set<Long> districts = new HashSet<>();
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			Map<Long, LoanHistory> loaded = this.histories.of(batch);
			Map<Long, ProjectStatus> stored = new HashMap<>();
			this.statuses.findAllById(batch).forEach(status -> stored.put(status.getProjectId(), status));
			for (Object[] project : this.projects.findDistrictsOf(batch)) {
				Long projectId = (Long) project[0];
				Long districtId = (Long) project[1];
				LoanHistory history = loaded.get(projectId);
				if (history != null) {
					ProjectStatus status = stored.get(projectId);
					if (status == null) {
						status = new ProjectStatus(projectId, districtId);
					}
					else if (!districtId.equals(status.getDistrictId())) {
						districts.add(status.getDistrictId());
						status.movedTo(districtId);
					}
					districts.add(districtId);
					store(status, StatusGroupClassifier.classify(history, rule, today));
				}
			}
		}
		return districts;
	}

	/** Projects with no classification yet, or one older than today. */
	public List<Long> staleProjectIds() {
		return this.projects.findIdsWithoutCurrentStatus(today());
	}

	/** Classifies the given projects as of today, one transaction per batch. */
	public void refreshStale(List<Long> ids) {
		if (!ids.isEmpty()) {
			long started = System.nanoTime();
			inBatches(ids);
			log.info("Classified {} projects as of today in {} ms", ids.size(), (System.nanoTime() - started) / 1_000_000);
		}
	}

	/**
	 * Every night: the passing of time alone moves debtors between groups. Only the first
	 * instance to claim the day runs it; the others find it claimed and do nothing.
	 *
	 * @return whether this instance ran it
	 */
	@Scheduled(cron = "${fastdata.womenfund.reclassify-cron:0 30 1 * * *}", zone = "Asia/Bangkok")
	public boolean refreshAll() {
		LocalDate today = today();
		int claimed = this.jdbc.update("update wf_job_run set last_started_on = ?, started_at = ?, started_by = ?"
				+ " where job = 'reclassify' and (last_started_on is null or last_started_on < ?)", today,
				java.sql.Timestamp.from(this.clock.instant()), INSTANCE, today);
		if (claimed == 0) {
			log.info("Nightly reclassification of {} already claimed by another instance", today);
			return false;
		}
		long started = System.nanoTime();
		List<Long> ids = this.projects.findAllIds();
		inBatches(ids);
		log.info("Reclassified {} projects in {} ms", ids.size(), (System.nanoTime() - started) / 1_000_000);
		return true;
	}

	/**
	 * One transaction per batch, so a night's run neither holds one huge transaction nor loses all on a
	 * failure; {@value #THREADS} batches at a time (the rule is stateless), so the database works on one
	 * while the other is classified. The batches leave the district counts alone (counting hundreds of
	 * districts after each would cost more than the batch); they are counted once at the end, so during a
	 * run they lag behind its batches, never behind an officer's change, which counts its own district.
	 * <p>
	 * The ids are sorted and read by ranges ({@link ProjectBatch}), the classifications written by plain
	 * JDBC batches ({@link StatusWrites}); the time of each phase is logged at the end.
	 */
	private void inBatches(List<Long> ids) {
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		RunTimes times = new RunTimes();
		try {
			List<Future<?>> done = new ArrayList<>();
			for (ProjectBatch batch : ProjectBatch.of(ids, BATCH)) {
				done.add(threads.submit(
						() -> this.transactions.executeWithoutResult(tx -> classifyAndWrite(batch, times))));
			}
			for (Future<?> batch : done) {
				batch.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("reclassification interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("reclassification failed", ex.getCause());
		}
		finally {
			// after a failure the other batches stop; wait for them, so the counts include what they wrote
			threads.shutdownNow();
			awaitQuietly(threads);
			long counting = System.nanoTime();
			this.summaries.recountAll();
			times.recount.add(System.nanoTime() - counting);
			log.info("Classification run over {} projects, summed over its {} threads: read {} ms, classified {} ms,"
					+ " written {} ms; then the district summary and the dashboards' months counted in {} ms",
					ids.size(), THREADS, times.read.sum() / 1_000_000, times.classify.sum() / 1_000_000,
					times.write.sum() / 1_000_000, times.recount.sum() / 1_000_000);
		}
	}

	/** Nanoseconds spent in each phase of a run, summed over its threads. */
	private static final class RunTimes {

		final java.util.concurrent.atomic.LongAdder read = new java.util.concurrent.atomic.LongAdder();

		final java.util.concurrent.atomic.LongAdder classify = new java.util.concurrent.atomic.LongAdder();

		final java.util.concurrent.atomic.LongAdder write = new java.util.concurrent.atomic.LongAdder();

		final java.util.concurrent.atomic.LongAdder recount = new java.util.concurrent.atomic.LongAdder();

	}

	/**
	 * One batch of a run: what {@link #classifyAndStore} does for an officer's change, by plain JDBC (this
	 * transaction has no JPA changes to flush first, and no entity of it is read afterwards).
	 */
	private void classifyAndWrite(ProjectBatch batch, RunTimes times) {
		long started = System.nanoTime();
		// each batch as of its own day, as before (a run that passes midnight classifies its rest as of the new day)
		LocalDate today = today();
		StatusRule rule = ruleOn(today);
		Map<Long, LoanHistory> loaded = this.histories.of(batch);
		List<ProjectStatus> statuses = this.writes.statuses(batch);
		long read = System.nanoTime();
		List<ProjectStatus> added = new ArrayList<>();
		List<ProjectStatus> changed = new ArrayList<>();
		List<ProjectStatusHistory> history = new ArrayList<>();
		for (ProjectStatus status : statuses) {
			LoanHistory loan = loaded.get(status.getProjectId());
			if (loan == null) {
				continue;
			}
			(status.isNew() ? added : changed).add(status);
			Classification classification = StatusGroupClassifier.classify(loan, rule, today);
			if (status.update(classification)) {
				history.add(new ProjectStatusHistory(status.getProjectId(), classification.group(), classification.asOf()));
			}
		}
		long classified = System.nanoTime();
		this.writes.write(added, changed, history);
		times.read.add(read - started);
		times.classify.add(classified - read);
		times.write.add(System.nanoTime() - classified);
	}

	private static void awaitQuietly(ExecutorService threads) {
		try {
			threads.awaitTermination(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void store(ProjectStatus status, Classification classification) {
		if (status.update(classification)) {
			this.statusHistory
				.save(new ProjectStatusHistory(status.getProjectId(), classification.group(), classification.asOf()));
		}
		if (status.isNew()) {
			this.statuses.save(status);
		}
		// a stored one is managed: Hibernate writes its changes at the flush, in JDBC batches
	}

}
