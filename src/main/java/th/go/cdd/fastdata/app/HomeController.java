package th.go.cdd.fastdata.app;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.organisation.Villages;
import th.go.cdd.fastdata.womenfund.DebtorOverview;
import th.go.cdd.fastdata.womenfund.DistrictReportReminders;

/** The home page: greets the officer with her own area, her most urgent debtors and what the area holds. */
@Controller
class HomeController {

	private final CurrentUsers currentUsers;

	private final OrganisationDirectory directory;

	private final Villages villages;

	private final DebtorOverview debtors;

	private final DistrictReportReminders reports;

	HomeController(CurrentUsers currentUsers, OrganisationDirectory directory, Villages villages,
			DebtorOverview debtors, DistrictReportReminders reports) {
		this.reports = reports;
		this.currentUsers = currentUsers;
		this.directory = directory;
		this.villages = villages;
		this.debtors = debtors;
	}

	@GetMapping("/")
	String home(Model model) {
		Scope scope = this.currentUsers.scope();
		Map<Long, Long> counts = this.villages.countsBySubdistrict(scope);
		model.addAttribute("districts", this.directory.districtsIn(scope));
		model.addAttribute("subdistrictCount", this.directory.subdistrictCount(scope));
		model.addAttribute("villageCount", counts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("overview", this.debtors.of(scope, 5));
		var reminders = this.reports.forHome(scope);
		model.addAttribute("reportReminders", reminders);
		model.addAttribute("districtNames", this.directory
			.districtLabels(reminders.stream().map(DistrictReportReminders.Reminder::districtId).distinct().toList()));
		return "app/home";
	}

}
