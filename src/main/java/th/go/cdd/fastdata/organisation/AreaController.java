package th.go.cdd.fastdata.organisation;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The areas a user works in: her districts, their subdistricts and villages. Officers add
 * villages here. Everything is read through her {@link Scope}.
 */
@Controller
class AreaController {

	static final String EDITORS = "hasAnyRole('ADMIN','PROVINCE_OFFICER','DISTRICT_OFFICER')";

	private final CurrentUsers currentUsers;

	private final OrganisationDirectory directory;

	private final Villages villages;

	AreaController(CurrentUsers currentUsers, OrganisationDirectory directory, Villages villages) {
		this.currentUsers = currentUsers;
		this.directory = directory;
		this.villages = villages;
	}

	@GetMapping("/areas")
	String areas(Model model) {
		Scope scope = this.currentUsers.scope();
		List<AreaOption> districts = this.directory.districtsIn(scope);
		List<AreaOption> subdistricts = this.directory.subdistrictsIn(scope);
		Map<Long, Long> counts = this.villages.countsBySubdistrict(scope);
		model.addAttribute("districts", districts);
		model.addAttribute("subdistricts", subdistricts);
		model.addAttribute("villageCounts", counts);
		return "organisation/areas";
	}

	@GetMapping("/areas/subdistricts/{id}")
	String subdistrict(@PathVariable Long id, Model model) {
		Scope scope = this.currentUsers.scope();
		model.addAttribute("subdistrict", this.villages.subdistrict(scope, id));
		model.addAttribute("villages", this.villages.list(scope, id));
		if (!model.containsAttribute("villageForm")) {
			model.addAttribute("villageForm", new VillageForm());
		}
		return "organisation/subdistrict";
	}

	@PostMapping("/areas/subdistricts/{id}/villages")
	@PreAuthorize(EDITORS)
	String addVillage(@PathVariable Long id, @Valid @ModelAttribute VillageForm villageForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Scope scope = this.currentUsers.scope();
		Subdistrict subdistrict = this.villages.subdistrict(scope, id);
		if (villageForm.getMoo() != null && this.villages.mooTaken(id, villageForm.getMoo())) {
			result.rejectValue("moo", "taken", "หมู่ที่ " + villageForm.getMoo() + " มีอยู่แล้วใน" + subdistrict.label());
		}
		if (result.hasErrors()) {
			return subdistrict(id, model);
		}
		SignedInUser user = this.currentUsers.current().orElseThrow();
		Village village = this.villages.add(scope, id, villageForm.getMoo(), villageForm.getName(), user.username());
		redirect.addFlashAttribute("message", "เพิ่ม" + village.label() + " แล้ว");
		return "redirect:/areas/subdistricts/" + id;
	}

	@GetMapping("/areas/villages/{id}")
	String village(@PathVariable Long id, Model model) {
		Village village = this.villages.get(this.currentUsers.scope(), id);
		model.addAttribute("village", village);
		if (!model.containsAttribute("villageForm")) {
			VillageForm form = new VillageForm();
			form.setMoo(village.getMoo());
			form.setName(village.getNameTh());
			model.addAttribute("villageForm", form);
		}
		return "organisation/village";
	}

	@PostMapping("/areas/villages/{id}")
	@PreAuthorize(EDITORS)
	String renameVillage(@PathVariable Long id, @Valid @ModelAttribute VillageForm villageForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Scope scope = this.currentUsers.scope();
		Village village = this.villages.get(scope, id);
		if (result.hasFieldErrors("name")) {
			return village(id, model);
		}
		this.villages.rename(scope, id, villageForm.getName());
		redirect.addFlashAttribute("message", "บันทึกชื่อ" + village.label() + " แล้ว");
		return "redirect:/areas/villages/" + id;
	}

}
