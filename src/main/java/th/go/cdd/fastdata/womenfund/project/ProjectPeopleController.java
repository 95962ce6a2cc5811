package th.go.cdd.fastdata.womenfund.project;

import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;

/** Adding people to a project, taking them off it, and correcting a person's particulars. */
@Controller
@PreAuthorize(ProjectController.RECORDERS)
class ProjectPeopleController {

	private final CurrentUsers currentUsers;

	private final ProjectPeople people;

	private final PersonRepository persons;

	private final ProjectController projectPage;

	ProjectPeopleController(CurrentUsers currentUsers, ProjectPeople people, PersonRepository persons,
			ProjectController projectPage) {
		this.currentUsers = currentUsers;
		this.people = people;
		this.persons = persons;
		this.projectPage = projectPage;
	}

	@PostMapping("/womenfund/projects/{id}/members")
	String add(@PathVariable Long id, @ModelAttribute("memberForm") MemberForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProjectPeople.Enrolment enrolment = this.people.add(this.currentUsers.scope(), id, form, result);
		if (result.hasErrors()) {
			model.addAttribute("memberFormOpen", true);
			return this.projectPage.page(id, model);
		}
		redirect.addFlashAttribute("message", enrolment.linked() > 0
				? "เพิ่มบุคคลในโครงการแล้ว (มีในระบบอยู่แล้ว ใช้ข้อมูลเดิม)" : "เพิ่มบุคคลในโครงการแล้ว");
		return "redirect:/womenfund/projects/" + id + "#people";
	}

	@PostMapping("/womenfund/projects/{id}/members/{memberId}/remove")
	String remove(@PathVariable Long id, @PathVariable Long memberId, RedirectAttributes redirect) {
		Optional<String> refused = this.people.remove(this.currentUsers.scope(), id, memberId);
		redirect.addFlashAttribute(refused.isPresent() ? "problem" : "message",
				refused.orElse("นำบุคคลออกจากโครงการแล้ว (ข้อมูลบุคคลยังอยู่ในระบบ)"));
		return "redirect:/womenfund/projects/" + id + "#people";
	}

	@GetMapping("/womenfund/people/{id}/edit")
	@Transactional(readOnly = true)
	String edit(@PathVariable Long id, Model model) {
		Person person = this.persons.findInScope(id, this.currentUsers.scope().queryIds())
			.orElseThrow(NotFoundInScope::new);
		model.addAttribute("person", person);
		model.addAttribute("personForm", PersonForm.of(person));
		return "womenfund/personForm";
	}

	@PostMapping("/womenfund/people/{id}/edit")
	@Transactional
	String revise(@PathVariable Long id, @ModelAttribute("personForm") PersonForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.people.revise(this.currentUsers.scope(), id, form, result);
		if (result.hasErrors()) {
			model.addAttribute("person", this.persons.findInScope(id, this.currentUsers.scope().queryIds())
				.orElseThrow(NotFoundInScope::new));
			return "womenfund/personForm";
		}
		redirect.addFlashAttribute("message", "บันทึกข้อมูลบุคคลแล้ว");
		return "redirect:/womenfund/people/" + id;
	}

}
