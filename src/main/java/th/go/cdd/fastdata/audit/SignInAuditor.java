package th.go.cdd.fastdata.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logs sign-ins, failed sign-ins and sign-outs from Spring Security's events. Successful
 * HTTP Basic calls of the API are not sign-ins (each call authenticates) and are not logged
 * here; what they read is logged where it is read.
 */
@Component
class SignInAuditor {

	private final AuditLog log;

	SignInAuditor(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		this.log.recordFor(authentication.getName(), addressOf(authentication), AuditAction.LOGIN, "เข้าสู่ระบบ");
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		Authentication authentication = event.getAuthentication();
		this.log.recordFor(authentication.getName(), addressOf(authentication), AuditAction.LOGIN_FAILED,
				reason(event.getException()));
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		this.log.recordFor(authentication.getName(), addressOf(authentication), AuditAction.LOGOUT, "ออกจากระบบ");
	}

	/** Why the sign-in failed, in the words of the audit page. */
	static String reason(AuthenticationException failure) {
		if (failure instanceof LockedException) {
			return "บัญชีถูกระงับ (โดยผู้ดูแลระบบ หรือชั่วคราวเพราะใส่รหัสผ่านผิดหลายครั้ง)";
		}
		if (failure instanceof DisabledException) {
			return "บัญชีถูกปิดใช้งาน";
		}
		if (failure instanceof BadCredentialsException) {
			return "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง";
		}
		return "เข้าสู่ระบบไม่สำเร็จ (" + failure.getClass().getSimpleName() + ")";
	}

	static String addressOf(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
