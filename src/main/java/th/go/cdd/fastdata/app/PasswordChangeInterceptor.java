package th.go.cdd.fastdata.app;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.SignedInUser;

/**
 * A user whose password was set by an administrator (or is new) must choose her own before
 * she can use any page.
 */
class PasswordChangeInterceptor implements HandlerInterceptor {

	static final String CHANGE_PAGE = "/account/password";

	private final CurrentUsers currentUsers;

	PasswordChangeInterceptor(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		boolean mustChange = this.currentUsers.current().map(SignedInUser::mustChangePassword).orElse(false);
		if (mustChange) {
			response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
			return false;
		}
		return true;
	}

}
