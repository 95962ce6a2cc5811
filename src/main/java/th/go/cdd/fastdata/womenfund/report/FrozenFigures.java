package th.go.cdd.fastdata.womenfund.report;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import th.go.cdd.fastdata.womenfund.project.DistrictStatusSummaries.GroupTotal;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * A submitted report's figures as named numbers ({@code wf_district_report_figure}): what the
 * district did in the period and where its debtors stood by group when it was submitted.
 */
final class FrozenFigures {

	private FrozenFigures() {
	}

	static Map<String, BigDecimal> of(DistrictFigures f, Map<StatusGroup, GroupTotal> groups) {
		Map<String, BigDecimal> named = new LinkedHashMap<>();
		named.put("visits", BigDecimal.valueOf(f.visits()));
		named.put("debtorsVisited", BigDecimal.valueOf(f.debtorsVisited()));
		named.put("promises", BigDecimal.valueOf(f.promises()));
		named.put("promisedAmount", f.promisedAmount());
		named.put("untraceable", BigDecimal.valueOf(f.untraceable()));
		named.put("payments", BigDecimal.valueOf(f.payments()));
		named.put("collected", f.collected());
		named.put("applied", BigDecimal.valueOf(f.applied()));
		named.put("endorsed", BigDecimal.valueOf(f.endorsed()));
		named.put("approved", BigDecimal.valueOf(f.approved()));
		named.put("rejected", BigDecimal.valueOf(f.rejected()));
		named.put("mediationOpened", BigDecimal.valueOf(f.mediationOpened()));
		named.put("compromises", BigDecimal.valueOf(f.compromises()));
		named.put("mediationFailed", BigDecimal.valueOf(f.mediationFailed()));
		named.put("suitsFiled", BigDecimal.valueOf(f.suitsFiled()));
		named.put("suitsJudged", BigDecimal.valueOf(f.suitsJudged()));
		f.movedInto().forEach((group, count) -> named.put("moved." + group.name(), BigDecimal.valueOf(count)));
		groups.forEach((group, total) -> {
			named.put("group." + group.name() + ".projects", BigDecimal.valueOf(total.projects()));
			named.put("group." + group.name() + ".outstanding", total.outstanding());
			named.put("group." + group.name() + ".overdue", total.overdue());
		});
		return named;
	}

	static DistrictFigures figures(Long districtId, String district, Map<String, BigDecimal> named) {
		Map<StatusGroup, Long> moved = new EnumMap<>(StatusGroup.class);
		for (StatusGroup group : StatusGroup.values()) {
			BigDecimal count = named.get("moved." + group.name());
			if (count != null) {
				moved.put(group, count.longValue());
			}
		}
		return new DistrictFigures(districtId, district, count(named, "visits"), count(named, "debtorsVisited"),
				count(named, "promises"), amount(named, "promisedAmount"), count(named, "untraceable"),
				count(named, "payments"), amount(named, "collected"), moved, count(named, "applied"),
				count(named, "endorsed"), count(named, "approved"), count(named, "rejected"),
				count(named, "mediationOpened"), count(named, "compromises"), count(named, "mediationFailed"),
				count(named, "suitsFiled"), count(named, "suitsJudged"));
	}

	static Map<StatusGroup, GroupTotal> groups(Long districtId, Map<String, BigDecimal> named) {
		Map<StatusGroup, GroupTotal> groups = new EnumMap<>(StatusGroup.class);
		for (StatusGroup group : StatusGroup.values()) {
			String prefix = "group." + group.name() + ".";
			if (named.containsKey(prefix + "projects")) {
				groups.put(group, new GroupTotal(districtId, group, count(named, prefix + "projects"),
						amount(named, prefix + "outstanding"), amount(named, prefix + "overdue")));
			}
		}
		return groups;
	}

	private static long count(Map<String, BigDecimal> named, String name) {
		return named.getOrDefault(name, BigDecimal.ZERO).longValue();
	}

	private static BigDecimal amount(Map<String, BigDecimal> named, String name) {
		return named.getOrDefault(name, BigDecimal.ZERO);
	}

}
