package th.go.cdd.fastdata.organisation;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user changes her own password (and must, after an administrator set a temporary one). */
@Controller
class AccountController {

	private final UserAccounts accounts;

	AccountController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account/password")
	String initChange() {
		return "organisation/changePassword";
	}

	@PostMapping("/account/password")
	String processChange(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String confirmPassword,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		List<String> problems = newPassword.equals(confirmPassword)
				? this.accounts.changeOwnPassword(authentication.getName(), currentPassword, newPassword)
				: List.of("รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน");
		if (!problems.isEmpty()) {
			model.addAttribute("problems", problems);
			return "organisation/changePassword";
		}
		redirect.addFlashAttribute("message", "เปลี่ยนรหัสผ่านแล้ว");
		return "redirect:/";
	}

}
