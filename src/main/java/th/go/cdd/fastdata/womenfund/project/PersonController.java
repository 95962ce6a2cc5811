package th.go.cdd.fastdata.womenfund.project;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import th.go.cdd.fastdata.audit.AuditAction;
import th.go.cdd.fastdata.audit.AuditLog;
import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Scope;

/**
 * A person's record (ข้อมูลบุคคล): every opening is logged (PDPA), the national ID is masked,
 * and only the roles that do the legal work may reveal it in full, which is logged too.
 */
@Controller
class PersonController {

	static final String MAY_SEE_NATIONAL_ID = "hasAnyRole('PROVINCE_OFFICER','DISTRICT_OFFICER')";

	private final CurrentUsers currentUsers;

	private final PersonRepository people;

	private final ProjectMemberRepository members;

	private final AuditLog audit;

	PersonController(CurrentUsers currentUsers, PersonRepository people, ProjectMemberRepository members,
			AuditLog audit) {
		this.currentUsers = currentUsers;
		this.people = people;
		this.members = members;
		this.audit = audit;
	}

	@GetMapping("/womenfund/people/{id}")
	@Transactional
	String show(@PathVariable Long id, Model model) {
		Person person = open(id, model);
		this.audit.viewed("Person", id, "เปิดดูข้อมูลบุคคล " + person.fullName());
		model.addAttribute("nationalId", person.maskedNationalId());
		return "womenfund/personDetails";
	}

	@PostMapping("/womenfund/people/{id}/national-id")
	@PreAuthorize(MAY_SEE_NATIONAL_ID)
	@Transactional
	String reveal(@PathVariable Long id, Model model) {
		Person person = open(id, model);
		this.audit.record(AuditAction.VIEW_NATIONAL_ID, "Person", id,
				"แสดงเลขประจำตัวประชาชนเต็มของ " + person.fullName(), null, null);
		model.addAttribute("nationalId", person.formattedNationalId());
		model.addAttribute("revealed", true);
		return "womenfund/personDetails";
	}

	/** The person, if she sits on a project in the user's districts, with those projects. */
	private Person open(Long id, Model model) {
		Scope scope = this.currentUsers.scope();
		Person person = this.people.findInScope(id, scope.queryIds()).orElseThrow(NotFoundInScope::new);
		model.addAttribute("person", person);
		model.addAttribute("memberships", this.members.findByPersonInScope(id, scope.queryIds()));
		return person;
	}

}
