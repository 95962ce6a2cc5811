package th.go.cdd.fastdata.womenfund.project;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.OrganisationDirectory;
import th.go.cdd.fastdata.organisation.Scope;

/**
 * The forms that register a project by hand and correct it, with the area choices that follow
 * one another (district → subdistrict → village) through htmx.
 */
@Controller
@PreAuthorize(ProjectController.RECORDERS)
class ProjectRegistrationController {

	private final CurrentUsers currentUsers;

	private final ProjectRegistration registration;

	private final ProjectRepository projects;

	private final ContractRepository contracts;

	private final OrganisationDirectory directory;

	ProjectRegistrationController(CurrentUsers currentUsers, ProjectRegistration registration,
			ProjectRepository projects, ContractRepository contracts, OrganisationDirectory directory) {
		this.currentUsers = currentUsers;
		this.registration = registration;
		this.projects = projects;
		this.contracts = contracts;
		this.directory = directory;
	}

	@GetMapping("/womenfund/projects/new")
	String newProject(Model model) {
		Scope scope = this.currentUsers.scope();
		ProjectForm form = new ProjectForm();
		List<th.go.cdd.fastdata.organisation.AreaOption> districts = this.directory.districtsIn(scope);
		if (districts.size() == 1) {
			// a district officer of one district need not choose it
			form.setDistrictId(districts.get(0).id());
		}
		return form(null, form, model);
	}

	@PostMapping("/womenfund/projects")
	String register(@ModelAttribute("projectForm") ProjectForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProjectRegistration.Registered registered;
		try {
			registered = this.registration.register(this.currentUsers.scope(), form, null, result);
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			// checked a moment ago; someone stored the same code or person at the same instant
			result.reject("concurrent", ProjectRegistration.STORED_MEANWHILE);
			return form(null, form, model);
		}
		if (result.hasErrors()) {
			return form(null, form, model);
		}
		redirect.addFlashAttribute("message", ProjectRegistration.message(registered));
		return "redirect:/womenfund/projects/" + registered.projectId();
	}

	@GetMapping("/womenfund/projects/{id}/edit")
	@Transactional(readOnly = true)
	String edit(@PathVariable Long id, Model model) {
		Project project = this.projects.findInScope(id, this.currentUsers.scope().queryIds())
			.orElseThrow(NotFoundInScope::new);
		Contract contract = this.contracts.findByProject(id).orElse(null);
		model.addAttribute("hasContract", contract != null);
		return form(project, ProjectForm.of(project, contract), model);
	}

	@PostMapping("/womenfund/projects/{id}/edit")
	@Transactional
	String revise(@PathVariable Long id, @ModelAttribute("projectForm") ProjectForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.registration.revise(this.currentUsers.scope(), id, form, result);
		if (result.hasErrors()) {
			Project project = this.projects.findInScope(id, this.currentUsers.scope().queryIds())
				.orElseThrow(NotFoundInScope::new);
			model.addAttribute("hasContract", this.contracts.findByProject(id).isPresent());
			return form(project, form, model);
		}
		redirect.addFlashAttribute("message", "บันทึกการแก้ไขโครงการแล้ว");
		return "redirect:/womenfund/projects/" + id;
	}

	/** The subdistrict choice of a district (htmx, when the district changes). */
	@GetMapping("/womenfund/projects/form/subdistricts")
	String subdistricts(@RequestParam(required = false) Long districtId, Model model) {
		model.addAttribute("subdistricts",
				districtId == null ? List.of() : this.directory.subdistrictsOf(this.currentUsers.scope(), districtId));
		model.addAttribute("villages", List.of());
		model.addAttribute("projectForm", new ProjectForm());
		return "womenfund/projectForm :: subdistrict";
	}

	/** The village choice of a subdistrict (htmx, when the subdistrict changes). */
	@GetMapping("/womenfund/projects/form/villages")
	String villages(@RequestParam(required = false) Long subdistrictId, Model model) {
		model.addAttribute("villages", this.directory.villagesOf(this.currentUsers.scope(), subdistrictId));
		model.addAttribute("projectForm", new ProjectForm());
		return "womenfund/projectForm :: village";
	}

	private String form(Project project, ProjectForm form, Model model) {
		Scope scope = this.currentUsers.scope();
		model.addAttribute("project", project);
		model.addAttribute("projectForm", form);
		model.addAttribute("districts", this.directory.districtsIn(scope));
		model.addAttribute("subdistricts", form.getDistrictId() == null ? List.of()
				: this.directory.subdistrictsOf(scope, form.getDistrictId()));
		model.addAttribute("villages", this.directory.villagesOf(scope, form.getSubdistrictId()));
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("intervals", RepaymentPlan.INTERVALS);
		return "womenfund/projectForm";
	}

}
