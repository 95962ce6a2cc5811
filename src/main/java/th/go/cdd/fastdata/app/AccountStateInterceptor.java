package th.go.cdd.fastdata.app;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

import th.go.cdd.fastdata.organisation.CurrentUsers;
import th.go.cdd.fastdata.organisation.SignedInUser;

/**
 * Applies an administrator's decision to sessions already open: a locked, disabled or
 * deleted account is signed out at its next request; a user whose password was set by an
 * administrator must choose her own before she can use any page.
 */
class AccountStateInterceptor implements HandlerInterceptor {

	static final String CHANGE_PAGE = "/account/password";

	private final CurrentUsers currentUsers;

	AccountStateInterceptor(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return true;
		}
		var user = this.currentUsers.current();
		if (user.isEmpty()) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				response.sendError(HttpStatus.UNAUTHORIZED.value());
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?ended");
			}
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean mustChange = user.map(SignedInUser::mustChangePassword).orElse(false);
		if (mustChange && !path.equals(CHANGE_PAGE) && !path.startsWith("/api/")) {
			response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
			return false;
		}
		return true;
	}

}
