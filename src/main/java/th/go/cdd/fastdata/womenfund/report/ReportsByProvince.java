package th.go.cdd.fastdata.womenfund.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Scope;

/**
 * The overview of a scope of several provinces (an administrator's): a row per province, each period
 * tallied, each province opening its districts' grid. The country's 928 districts as one grid were
 * neither readable nor quick to draw (4,640 cells).
 *
 * @param provinces the provinces of the scope, in code order
 * @param province the province chosen, if any
 */
public record ReportsByProvince(List<AreaOption> provinces, AreaOption province) {

	/** One province's reports of one period. */
	public record Tally(int districts, int submitted, int submittedLate, int returned, int missingPastDue) {

		Tally add(ReportOverviews.Cell cell) {
			boolean submitted = cell.state() == DistrictReports.State.SUBMITTED;
			return new Tally(this.districts + 1, this.submitted + (submitted ? 1 : 0),
					this.submittedLate + (submitted && cell.late() ? 1 : 0),
					this.returned + (cell.state() == DistrictReports.State.RETURNED ? 1 : 0),
					this.missingPastDue + (cell.missing() && cell.late() ? 1 : 0));
		}

	}

	public record Row(AreaOption province, List<Tally> tallies) {
	}

	/**
	 * The provinces of the scope (those of the served provinces holding one of its districts) and the one
	 * asked for; a province outside the scope is not found.
	 */
	static ReportsByProvince of(List<AreaOption> inScope, List<AreaOption> served, Long provinceId) {
		List<AreaOption> provinces = AreaOption.holding(served, inScope);
		AreaOption province = null;
		if (provinceId != null) {
			province = provinces.stream()
				.filter(p -> p.id().equals(provinceId))
				.findFirst()
				.orElseThrow(NotFoundInScope::new);
		}
		return new ReportsByProvince(provinces, province);
	}

	/** Whether the overview lists provinces: several in scope and none chosen. */
	public boolean byProvince() {
		return this.province == null && this.provinces.size() > 1;
	}

	/** The scope narrowed to the chosen province's districts (the whole scope when none is chosen). */
	Scope narrow(Scope scope, List<AreaOption> inScope) {
		if (this.province == null) {
			return scope;
		}
		return new Scope(new java.util.HashSet<>(AreaOption.within(this.province, inScope).stream().map(AreaOption::id).toList()));
	}

	/** A row per province, its districts' cells tallied period by period. */
	List<Row> rows(ReportOverviews.Overview overview) {
		List<Row> rows = new ArrayList<>();
		for (AreaOption province : this.provinces) {
			List<Tally> tallies = new ArrayList<>();
			for (int i = 0; i < overview.periods().size(); i++) {
				tallies.add(new Tally(0, 0, 0, 0, 0));
			}
			for (ReportOverviews.OverviewRow row : of(province, overview.rows())) {
				for (int i = 0; i < row.cells().size(); i++) {
					tallies.set(i, tallies.get(i).add(row.cells().get(i)));
				}
			}
			rows.add(new Row(province, tallies));
		}
		return rows;
	}

	private static Collection<ReportOverviews.OverviewRow> of(AreaOption province,
			List<ReportOverviews.OverviewRow> rows) {
		return rows.stream().filter(r -> r.district().liesIn(province)).toList();
	}

}
