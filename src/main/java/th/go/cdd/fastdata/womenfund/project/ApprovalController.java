package th.go.cdd.fastdata.womenfund.project;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;

/** Approved projects by district × fiscal year, each cell a link to that list. */
@Controller
class ApprovalController {

	private final CurrentUsers currentUsers;

	private final ProjectRepository projects;

	private final OrganisationDirectory directory;

	ApprovalController(CurrentUsers currentUsers, ProjectRepository projects, OrganisationDirectory directory) {
		this.currentUsers = currentUsers;
		this.projects = projects;
		this.directory = directory;
	}

	@GetMapping("/womenfund/approvals")
	String approvals(Model model) {
		Scope scope = this.currentUsers.scope();
		model.addAttribute("table", ApprovalTable.of(this.directory.districtsIn(scope),
				this.projects.countApprovedByDistrictAndYear(scope.queryIds())));
		return "womenfund/approvals";
	}

}
