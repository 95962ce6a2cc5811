package th.go.cdd.fastdata.womenfund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.womenfund.project.DistrictStatusSummaries;
import th.go.cdd.fastdata.womenfund.project.DistrictStatusSummaries.GroupTotal;
import th.go.cdd.fastdata.womenfund.project.ProjectRow;
import th.go.cdd.fastdata.womenfund.project.ProjectStatusRepository;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;
import th.go.cdd.fastdata.womenfund.project.StatusRules;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * What an officer sees first: the debtors of her districts by status group, and the most
 * urgent ones with the next thing to do. Read from the stored classification: the counts from
 * the summary per district and group, the urgent debtors in the order of their stored rank, so
 * it stays fast for a whole country.
 */
@Service
@Transactional(readOnly = true)
public class DebtorOverview {

	public record GroupCount(StatusGroup group, long projects, BigDecimal outstanding, BigDecimal overdue) {
	}

	public record DistrictSummary(Long districtId, String district, Map<StatusGroup, GroupCount> groups) {

		public GroupCount of(StatusGroup group) {
			return this.groups.getOrDefault(group, new GroupCount(group, 0, BigDecimal.ZERO, BigDecimal.ZERO));
		}

	}

	public record UrgentDebtor(Long projectId, String code, String name, String district, StatusGroup group,
			String reasons, Long daysToLimitation, boolean warning, String nextAction) {
	}

	public record Overview(LocalDate asOf, List<StatusGroup> groups, List<DistrictSummary> districts,
			DistrictSummary total, List<UrgentDebtor> urgent, int warningCount, int warningDays) {
	}

	private final ProjectStatusRepository statuses;

	private final DistrictStatusSummaries summaries;

	private final ProjectStatuses classifier;

	private final StatusRules rules;

	private final OrganisationDirectory directory;

	DebtorOverview(ProjectStatusRepository statuses, DistrictStatusSummaries summaries, ProjectStatuses classifier,
			StatusRules rules, OrganisationDirectory directory) {
		this.statuses = statuses;
		this.summaries = summaries;
		this.classifier = classifier;
		this.rules = rules;
		this.directory = directory;
	}

	/**
	 * How many debtors of one district reach the end of their limitation period within the days
	 * from today (the warning list's rule with another number of days), for reminders.
	 */
	public long limitationEndingWithin(Long districtId, int days) {
		LocalDate today = this.classifier.today();
		return this.statuses.countLimitationWarnings(java.util.List.of(districtId), today, today.plusDays(days));
	}

	public Overview of(Scope scope, int urgentLimit) {
		LocalDate today = this.classifier.today();
		int warningDays = this.classifier.ruleOn(today).warningDays();
		LocalDate warnUntil = today.plusDays(warningDays);
		Map<Long, String> districtNames = new TreeMap<>();
		this.directory.districtsIn(scope).forEach(d -> districtNames.put(d.id(), d.label()));

		Map<Long, Map<StatusGroup, GroupCount>> byDistrict = new TreeMap<>();
		Map<StatusGroup, GroupCount> totals = new EnumMap<>(StatusGroup.class);
		for (GroupTotal row : this.summaries.in(scope.queryIds())) {
			StatusGroup group = row.group();
			GroupCount count = new GroupCount(group, row.projects(), row.outstanding(), row.overdue());
			byDistrict.computeIfAbsent(row.districtId(), id -> new EnumMap<>(StatusGroup.class)).put(group, count);
			totals.merge(group, count, (a, b) -> new GroupCount(group, a.projects() + b.projects(),
					a.outstanding().add(b.outstanding()), a.overdue().add(b.overdue())));
		}
		List<DistrictSummary> districts = new ArrayList<>();
		districtNames.forEach((id, name) -> districts
			.add(new DistrictSummary(id, name, byDistrict.getOrDefault(id, new EnumMap<>(StatusGroup.class)))));

		List<ProjectRow> rows = urgentLimit <= 0 ? List.of()
				: this.statuses.findUrgent(scope.queryIds(), PageRequest.of(0, urgentLimit));
		Map<StatusGroup, String> firstActions = new EnumMap<>(StatusGroup.class);
		Set<Long> ids = new HashSet<>();
		rows.forEach(row -> ids.add(row.districtId()));
		Map<Long, String> names = ids.isEmpty() ? Map.of() : this.directory.districtLabels(ids);
		List<UrgentDebtor> urgent = rows.stream().map(row -> {
			Long days = row.daysToLimitation();
			boolean warning = days != null && days >= 0 && days <= warningDays
					&& (row.group() == StatusGroup.CONTRACT_ENDED || row.group() == StatusGroup.OVERDUE);
			String action = firstActions.computeIfAbsent(row.group(), group -> this.rules.actionsOn(group, today)
				.stream()
				.findFirst()
				.map(a -> a.getActionTh())
				.orElse("–"));
			return new UrgentDebtor(row.id(), row.code(), row.name(), names.get(row.districtId()), row.group(),
					row.reasons(), days, warning, action);
		}).toList();
		int warningCount = (int) this.statuses.countLimitationWarnings(scope.queryIds(), today, warnUntil);
		return new Overview(today, List.of(StatusGroup.TIME_BARRED, StatusGroup.CONTRACT_ENDED, StatusGroup.OVERDUE,
				StatusGroup.NORMAL, StatusGroup.SETTLED), districts, new DistrictSummary(null, "รวม", totals), urgent,
				warningCount, warningDays);
	}

}
