package th.go.cdd.fastdata.app;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page, with the reason of a failure in words a user can act on. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
			@RequestParam(required = false) String ended,
			HttpSession session, Model model) {
		if (error != null) {
			Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			model.addAttribute("error", reason(failure));
		}
		model.addAttribute("loggedOut", logout != null);
		if (ended != null) {
			model.addAttribute("error", "บัญชีนี้ถูกระงับหรือปิดใช้งานระหว่างที่ใช้งานอยู่ กรุณาติดต่อผู้ดูแลระบบของจังหวัด");
		}
		return "app/login";
	}

	private static String reason(Object failure) {
		if (failure instanceof LockedException locked && locked.getMessage() != null
				&& locked.getMessage().startsWith("ใส่รหัสผ่านผิด")) {
			return locked.getMessage();
		}
		if (failure instanceof LockedException) {
			return "บัญชีนี้ถูกระงับโดยผู้ดูแลระบบ กรุณาติดต่อผู้ดูแลระบบของจังหวัด";
		}
		if (failure instanceof DisabledException) {
			return "บัญชีนี้ถูกปิดใช้งาน กรุณาติดต่อผู้ดูแลระบบของจังหวัด";
		}
		return "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง (ใส่ผิด 5 ครั้ง ระบบจะระงับการเข้าสู่ระบบ 15 นาที)";
	}

}
