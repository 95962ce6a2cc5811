package th.go.cdd.fastdata.womenfund.project;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.womenfund.DebtorOverview;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/** The debtor registry's lists: overview, projects by year, area and group, the limitation warning list. */
@Controller
class RegistryController {

	private static final int PAGE_SIZE = 25;

	private final CurrentUsers currentUsers;

	private final DebtorOverview overview;

	private final ProjectStatusRepository statuses;

	private final ProjectRepository projects;

	private final ProjectStatuses classifier;

	private final OrganisationDirectory directory;

	RegistryController(CurrentUsers currentUsers, DebtorOverview overview, ProjectStatusRepository statuses,
			ProjectRepository projects, ProjectStatuses classifier, OrganisationDirectory directory) {
		this.currentUsers = currentUsers;
		this.overview = overview;
		this.statuses = statuses;
		this.projects = projects;
		this.classifier = classifier;
		this.directory = directory;
	}

	@GetMapping("/womenfund")
	String overview(Model model) {
		model.addAttribute("overview", this.overview.of(this.currentUsers.scope(), 20));
		return "womenfund/overview";
	}

	@GetMapping("/womenfund/projects")
	String list(@RequestParam(required = false) Long districtId, @RequestParam(required = false) Long subdistrictId,
			@RequestParam(required = false) Long villageId, @RequestParam(required = false) Integer fiscalYear,
			@RequestParam(required = false) StatusGroup group,
			@RequestParam(defaultValue = "NEWEST") ListOrder order, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Scope scope = this.currentUsers.scope();
		// a village counts only under its subdistrict, as the choices are offered
		Long village = subdistrictId == null ? null : villageId;
		Page<ProjectRow> rows = this.statuses.findRows(scope.queryIds(), districtId, subdistrictId, village, fiscalYear,
				group, PageRequest.of(Math.max(0, page), PAGE_SIZE, order.sort()));
		model.addAttribute("rows", rows);
		model.addAttribute("areaNames", areaNames(rows.getContent()));
		model.addAttribute("districts", this.directory.districtsIn(scope));
		// subdistricts of the chosen district only: a scope's (7,436 for the country) is no usable list
		model.addAttribute("subdistricts",
				districtId != null ? this.directory.subdistrictsOf(scope, districtId) : List.<AreaOption>of());
		model.addAttribute("villages", this.directory.villagesOf(scope, subdistrictId));
		model.addAttribute("fiscalYears", this.projects.fiscalYearsInScope(scope.queryIds()));
		model.addAttribute("groups", StatusGroup.values());
		model.addAttribute("orders", ListOrder.values());
		model.addAttribute("districtId", districtId);
		model.addAttribute("subdistrictId", subdistrictId);
		model.addAttribute("villageId", village);
		model.addAttribute("fiscalYear", fiscalYear);
		model.addAttribute("group", group);
		model.addAttribute("order", order);
		return "womenfund/projectList";
	}

	@GetMapping("/womenfund/warnings")
	String warnings(@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate today = this.classifier.today();
		int days = this.classifier.ruleOn(today).warningDays();
		// a page at a time: a country has thousands of debtors within the warning days
		Page<ProjectRow> rows = this.statuses.findLimitationWarnings(this.currentUsers.scope().queryIds(), today,
				today.plusDays(days), PageRequest.of(Math.max(0, page), PAGE_SIZE));
		model.addAttribute("rows", rows);
		model.addAttribute("areaNames", areaNames(rows.getContent()));
		model.addAttribute("warningDays", days);
		model.addAttribute("today", today);
		return "womenfund/warnings";
	}

	/** District and subdistrict names of the rows, by id, for the tables. */
	record AreaNames(Map<Long, String> districts, Map<Long, String> subdistricts) {

		/** "ตำบลกะทู้ อำเภอกะทู้", or the district alone for a project with no subdistrict (it is optional). */
		public String of(ProjectRow row) {
			String district = this.districts.getOrDefault(row.districtId(), "");
			String subdistrict = row.subdistrictId() == null ? null : this.subdistricts.get(row.subdistrictId());
			return subdistrict == null ? district : subdistrict + " " + district;
		}

	}

	private AreaNames areaNames(List<ProjectRow> rows) {
		Set<Long> districtIds = new HashSet<>();
		Set<Long> subdistrictIds = new HashSet<>();
		rows.forEach(row -> {
			districtIds.add(row.districtId());
			if (row.subdistrictId() != null) {
				subdistrictIds.add(row.subdistrictId());
			}
		});
		return new AreaNames(districtIds.isEmpty() ? Map.of() : this.directory.districtLabels(districtIds),
				subdistrictIds.isEmpty() ? Map.of() : this.directory.subdistrictLabels(subdistrictIds));
	}

}
