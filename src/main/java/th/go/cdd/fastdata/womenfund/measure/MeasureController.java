package th.go.cdd.fastdata.womenfund.measure;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Role;
import th.go.cdd.fastdata.organisation.SignedInUser;
import th.go.cdd.fastdata.womenfund.project.FundGeneration;
import th.go.cdd.fastdata.womenfund.project.MemberRole;
import th.go.cdd.fastdata.womenfund.project.ProjectStatuses;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * The catalogue of measures (บัญชีมาตรการ): every measure with the version in force and the ones
 * before it; provincial staff enter a new version from an announcement.
 */
@Controller
class MeasureController {

	private final CurrentUsers currentUsers;

	private final MeasureCatalogue catalogue;

	private final ProjectStatuses statuses;

	MeasureController(CurrentUsers currentUsers, MeasureCatalogue catalogue, ProjectStatuses statuses) {
		this.currentUsers = currentUsers;
		this.catalogue = catalogue;
		this.statuses = statuses;
	}

	@GetMapping("/womenfund/measures")
	String catalogue(Model model) {
		model.addAttribute("entries", this.catalogue.entries(this.statuses.today()));
		model.addAttribute("canEdit", canEdit());
		return "womenfund/measures";
	}

	@GetMapping("/womenfund/measures/{code}/versions/new")
	String newVersion(@PathVariable String code, Model model) {
		Measure measure = editable(code);
		MeasureCatalogue.Entry entry = this.catalogue.entry(measure, this.statuses.today());
		Optional<MeasureVersion> latest = entry.versions().stream().findFirst();
		MeasureVersionForm form = latest.map(MeasureVersionForm::copyOf).orElseGet(MeasureVersionForm::new);
		return form(entry, form, model);
	}

	@PostMapping("/womenfund/measures/{code}/versions")
	String addVersion(@PathVariable String code, @ModelAttribute("form") MeasureVersionForm form, BindingResult result,
			Model model) {
		Measure measure = editable(code);
		SignedInUser user = this.currentUsers.current().orElseThrow();
		Optional<MeasureVersion> added = this.catalogue.addVersion(measure, form, result, this.statuses.today(),
				user.username());
		if (added.isEmpty()) {
			return form(this.catalogue.entry(measure, this.statuses.today()), form, model);
		}
		return "redirect:/womenfund/measures?added=" + measure.name() + "#" + measure.name();
	}

	private String form(MeasureCatalogue.Entry entry, MeasureVersionForm form, Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("form", form);
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("groups", StatusGroup.values());
		model.addAttribute("generations", FundGeneration.values());
		model.addAttribute("paths", ApprovalPath.values());
		return "womenfund/measureVersionForm";
	}

	private Measure editable(String code) {
		Measure measure = Measure.of(code).orElseThrow(NotFoundInScope::new);
		if (!canEdit()) {
			throw new AccessDeniedException("province staff only");
		}
		return measure;
	}

	// Announcements are entered by the provincial fund secretariat (and the administrator).
	private boolean canEdit() {
		return this.currentUsers.current().map(u -> u.is(Role.PROVINCE_OFFICER) || u.is(Role.ADMIN)).orElse(false);
	}

}
