package th.go.cdd.fastdata.organisation;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrator pages for user accounts (ADMIN only, see the security configuration). */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserAccounts accounts;

	private final OrganisationDirectory directory;

	private final ServedProvinces provinces;

	UserAdminController(UserAccounts accounts, OrganisationDirectory directory, ServedProvinces provinces) {
		this.accounts = accounts;
		this.directory = directory;
		this.provinces = provinces;
	}

	@InitBinder("userForm")
	void protectFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role, Model model) {
		model.addAttribute("users", this.accounts.search(q, role));
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		return "organisation/userList";
	}

	@GetMapping("/new")
	String initCreate(Model model) {
		UserForm form = new UserForm();
		form.setProvinceId(this.provinces.home().getId());
		model.addAttribute("userForm", form);
		return form(model, form, null);
	}

	@PostMapping("/new")
	String processCreate(@Valid @ModelAttribute UserForm userForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.accounts.check(userForm, null, result);
		if (result.hasErrors()) {
			return form(model, userForm, null);
		}
		UserAccount account = this.accounts.create(userForm);
		redirect.addFlashAttribute("message",
				"สร้างบัญชี " + account.getUsername() + " แล้ว ผู้ใช้ต้องเปลี่ยนรหัสผ่านเมื่อเข้าสู่ระบบครั้งแรก");
		return "redirect:/admin/users/" + account.getId();
	}

	/** htmx: the district check boxes of the province just chosen. */
	@GetMapping("/districts")
	String districts(@RequestParam Long provinceId, Model model) {
		model.addAttribute("districts", this.directory.districtsOf(provinceId));
		model.addAttribute("userForm", null);
		return "organisation/userForm :: districts";
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("account", this.accounts.open(id));
		return "organisation/userDetails";
	}

	@GetMapping("/{id}/edit")
	String initUpdate(@PathVariable Long id, Model model) {
		UserForm form = this.accounts.formOf(id);
		model.addAttribute("userForm", form);
		return form(model, form, id);
	}

	@PostMapping("/{id}/edit")
	String processUpdate(@PathVariable Long id, @Valid @ModelAttribute UserForm userForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		// the username cannot change: it is what the audit log knows the user by
		userForm.setUsername(this.accounts.formOf(id).getUsername());
		this.accounts.check(userForm, id, result);
		if (result.hasErrors()) {
			return form(model, userForm, id);
		}
		this.accounts.update(id, userForm);
		redirect.addFlashAttribute("message", "บันทึกการแก้ไขแล้ว");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable Long id, @RequestParam String newPassword, RedirectAttributes redirect) {
		List<String> problems = this.accounts.resetPassword(id, newPassword);
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("message", "ตั้งรหัสผ่านชั่วคราวแล้ว ผู้ใช้ต้องเปลี่ยนเมื่อเข้าสู่ระบบครั้งถัดไป");
		}
		else {
			redirect.addFlashAttribute("passwordProblems", problems);
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/lock")
	String lock(@PathVariable Long id, Authentication authentication, RedirectAttributes redirect) {
		this.accounts.lock(id, authentication.getName())
			.ifPresentOrElse(refusal -> redirect.addFlashAttribute("refusal", refusal),
					() -> redirect.addFlashAttribute("message", "ระงับบัญชีแล้ว ผู้ใช้จะเข้าระบบไม่ได้จนกว่าจะปลดระงับ"));
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable Long id, RedirectAttributes redirect) {
		this.accounts.unlock(id);
		redirect.addFlashAttribute("message", "ปลดระงับบัญชีแล้ว");
		return "redirect:/admin/users/" + id;
	}

	private String form(Model model, UserForm form, Long id) {
		model.addAttribute("userId", id);
		model.addAttribute("provinces", this.directory.servedProvinces());
		model.addAttribute("districts",
				form.getProvinceId() == null ? List.of() : this.directory.districtsOf(form.getProvinceId()));
		return "organisation/userForm";
	}

}
