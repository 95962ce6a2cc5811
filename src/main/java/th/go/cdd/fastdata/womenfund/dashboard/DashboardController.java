package th.go.cdd.fastdata.womenfund.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.thai.Baht;
import th.go.cdd.fastdata.thai.ThaiDates;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * The dashboard of the director and the province (แดชบอร์ด), and the payments list behind its collections.
 * A user with one district (a district officer) sees that district; a district outside her scope is not
 * found, as everywhere.
 */
@Controller
class DashboardController {

	private static final int PAGE_SIZE = 25;

	/** The months of collections shown: a year. */
	private static final int COLLECTION_MONTHS = 12;

	private static final List<StatusGroup> DEBTOR_GROUPS = List.of(StatusGroup.TIME_BARRED, StatusGroup.CONTRACT_ENDED,
			StatusGroup.OVERDUE, StatusGroup.NORMAL);

	private final CurrentUsers currentUsers;

	private final OrganisationDirectory directory;

	private final Dashboards dashboards;

	private final MonthlyFigures figures;

	DashboardController(CurrentUsers currentUsers, OrganisationDirectory directory, Dashboards dashboards,
			MonthlyFigures figures) {
		this.currentUsers = currentUsers;
		this.directory = directory;
		this.dashboards = dashboards;
		this.figures = figures;
	}

	@GetMapping("/womenfund/dashboard")
	String dashboard(@RequestParam(required = false) Long provinceId, @RequestParam(required = false) Long districtId,
			@RequestParam(defaultValue = "12") int months, Model model) {
		Scope scope = this.currentUsers.scope();
		Area area = Area.of(scope, this.directory.districtsIn(scope), this.directory.servedProvinces(), provinceId,
				districtId);
		Collection<Long> ids = area.districtIds(scope);
		// a province-wide user (or the administrator) covers whole provinces: their own rows
		boolean wholeProvinces = area.district() == null && !area.provinceIds().isEmpty()
				&& this.currentUsers.current().map(user -> user.role().provinceWide()).orElse(false);
		Dashboards.Within within = wholeProvinces ? Dashboards.Within.provinces(area.provinceIds())
				: Dashboards.Within.districts(ids);
		int span = months == 24 ? 24 : 12;
		YearMonth thisMonth = this.figures.thisMonth();
		List<Dashboards.StatusMonth> trend = this.dashboards.statusMonths(within, thisMonth.minusMonths(span - 1), thisMonth);
		YearMonth firstCollected = thisMonth.minusMonths(COLLECTION_MONTHS - 1);
		List<Dashboards.Collected> collections = this.dashboards.collections(within, firstCollected, thisMonth);
		Long district = area.district() == null ? null : area.district().id();

		model.addAttribute("links", LINKS);
		model.addAttribute("area", area);
		model.addAttribute("districtId", district);
		model.addAttribute("months", span);
		model.addAttribute("thisMonthLabel", ThaiDates.longMonth(thisMonth));
		model.addAttribute("firstCollectedLabel", ThaiDates.longMonth(firstCollected));
		model.addAttribute("groups", StatusGroup.values());
		model.addAttribute("debtorGroups", DEBTOR_GROUPS);
		model.addAttribute("now", trend.get(trend.size() - 1).groups());
		model.addAttribute("trend", trend);
		model.addAttribute("trendNewestFirst", reversed(trend));
		model.addAttribute("trendChart", trendChart(trend, district));
		model.addAttribute("collections", collections);
		model.addAttribute("collectionsNewestFirst", reversed(collections));
		model.addAttribute("collectionChart", collectionChart(collections, district));
		model.addAttribute("collectedTotal", collections.stream().map(Dashboards.Collected::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add));
		model.addAttribute("collectedPayments", collections.stream().mapToLong(Dashboards.Collected::payments).sum());
		if (district != null) {
			Map<Long, String> names = new LinkedHashMap<>();
			this.directory.subdistrictsOf(scope, district).forEach(s -> names.put(s.id(), s.label()));
			model.addAttribute("areas", this.dashboards.subdistricts(district, names));
		}
		else {
			Map<Long, String> names = new LinkedHashMap<>();
			area.districts().forEach(d -> names.put(d.id(), d.label()));
			List<Dashboards.AreaRow> rows = this.dashboards.districts(names);
			if (area.byProvince()) {
				model.addAttribute("areas", area.perProvince(rows));
				model.addAttribute("collectedByArea", this.dashboards.collectionsByArea(within, firstCollected, thisMonth));
			}
			else {
				model.addAttribute("areas", rows);
				model.addAttribute("collectedByArea",
						this.dashboards.collectionsByArea(Dashboards.Within.districts(names.keySet()), firstCollected, thisMonth));
			}
		}
		return "womenfund/dashboard/dashboard";
	}

	@GetMapping("/womenfund/payments")
	String payments(@RequestParam(required = false) Long districtId, @RequestParam(required = false) YearMonth month,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Scope scope = this.currentUsers.scope();
		List<AreaOption> districts = this.directory.districtsIn(scope);
		if (districtId != null && !scope.covers(districtId)) {
			throw new NotFoundInScope();
		}
		YearMonth shown = month != null ? month : this.figures.thisMonth();
		Dashboards.PaymentPage payments = this.dashboards.payments(districtId != null ? List.of(districtId) : scope.queryIds(),
				shown, PageRequest.of(Math.max(0, page), PAGE_SIZE));
		Map<Long, String> names = new LinkedHashMap<>();
		districts.forEach(d -> names.put(d.id(), d.label()));
		model.addAttribute("links", LINKS);
		model.addAttribute("payments", payments);
		model.addAttribute("rows", payments.page());
		model.addAttribute("districts", districts);
		model.addAttribute("districtNames", names);
		model.addAttribute("districtId", districtId);
		model.addAttribute("month", shown);
		model.addAttribute("monthLabel", ThaiDates.longMonth(shown));
		Map<String, String> monthOptions = new LinkedHashMap<>();
		for (int back = 0; back < MonthlyFigures.MONTHS; back++) {
			YearMonth option = this.figures.thisMonth().minusMonths(back);
			monthOptions.put(option.toString(), ThaiDates.longMonth(option));
		}
		monthOptions.putIfAbsent(shown.toString(), ThaiDates.longMonth(shown));
		model.addAttribute("monthOptions", monthOptions);
		model.addAttribute("previousMonth", shown.minusMonths(1));
		model.addAttribute("nextMonth", shown.isBefore(this.figures.thisMonth()) ? shown.plusMonths(1) : null);
		return "womenfund/dashboard/payments";
	}

	private static BarChart trendChart(List<Dashboards.StatusMonth> trend, Long district) {
		List<BarChart.Column> columns = new ArrayList<>();
		for (int i = 0; i < trend.size(); i++) {
			Dashboards.StatusMonth month = trend.get(i);
			boolean current = i == trend.size() - 1;
			List<BarChart.Part> parts = new ArrayList<>();
			for (StatusGroup group : DEBTOR_GROUPS) {
				long projects = month.groups().of(group).projects();
				// the lists show today's groups: only this month's figures have a list behind them
				String href = current ? projectsLink(district, null, group) : null;
				parts.add(new BarChart.Part(BigDecimal.valueOf(projects), "g-" + group.name(), href,
						month.label() + " " + group.label() + " " + projects + " โครงการ"));
			}
			String[] label = month.label().split(" ");
			columns.add(new BarChart.Column(label[0], label[1], parts));
		}
		return BarChart.of(columns, value -> String.valueOf(value.setScale(0, RoundingMode.HALF_UP).longValue()));
	}

	private static BarChart collectionChart(List<Dashboards.Collected> collections, Long district) {
		List<BarChart.Column> columns = new ArrayList<>();
		for (Dashboards.Collected month : collections) {
			String href = LINKS.payments(district, month.month());
			String[] label = month.label().split(" ");
			columns.add(new BarChart.Column(label[0], label[1], List.of(new BarChart.Part(month.amount(), "collected", href,
					month.longLabel() + " รับชำระ " + month.payments() + " รายการ " + Baht.format(month.amount())))));
		}
		return BarChart.of(columns, DashboardController::shortBaht);
	}

	/** The links of the page's figures, for the templates (a missing filter is left out of the address). */
	public static final class Links {

		public String projects(Long district, Long subdistrict, StatusGroup group) {
			return projectsLink(district, subdistrict, group);
		}

		public String payments(Long district, YearMonth month) {
			return UriComponentsBuilder.fromPath("/womenfund/payments")
				.queryParamIfPresent("districtId", java.util.Optional.ofNullable(district))
				.queryParam("month", month.toString())
				.build()
				.toUriString();
		}

		public String dashboard(Long district) {
			return dashboard(null, district);
		}

		public String dashboard(Long province, Long district) {
			return UriComponentsBuilder.fromPath("/womenfund/dashboard")
				.queryParamIfPresent("provinceId", java.util.Optional.ofNullable(province))
				.queryParamIfPresent("districtId", java.util.Optional.ofNullable(district))
				.build()
				.toUriString();
		}

	}

	private static final Links LINKS = new Links();

	/** The project list of a district (or the scope), subdistrict and group. */
	static String projectsLink(Long district, Long subdistrict, StatusGroup group) {
		return UriComponentsBuilder.fromPath("/womenfund/projects")
			.queryParamIfPresent("districtId", java.util.Optional.ofNullable(district))
			.queryParamIfPresent("subdistrictId", java.util.Optional.ofNullable(subdistrict))
			.queryParamIfPresent("group", java.util.Optional.ofNullable(group))
			.build()
			.toUriString();
	}

	/** "1.5 ล้าน", "3.75 แสน", "2.5 หมื่น": the scale of an axis of baht, short enough for a phone. */
	static String shortBaht(BigDecimal value) {
		long[] units = { 1_000_000, 100_000, 10_000 };
		String[] names = { "ล้าน", "แสน", "หมื่น" };
		for (int i = 0; i < units.length; i++) {
			if (value.compareTo(BigDecimal.valueOf(units[i])) >= 0) {
				BigDecimal n = value.divide(BigDecimal.valueOf(units[i]), 2, RoundingMode.HALF_UP).stripTrailingZeros();
				return n.toPlainString() + " " + names[i];
			}
		}
		return String.format("%,d", value.setScale(0, RoundingMode.HALF_UP).longValue());
	}

	private static <T> List<T> reversed(List<T> list) {
		List<T> copy = new ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}

}
