package th.go.cdd.fastdata.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is asking, and which districts she may see. Read from the database once per request
 * (not from the session) so that a change of role, districts or a lock by an administrator
 * applies at once, on every instance.
 */
@Service
public class CurrentUsers {

	private static final String REQUEST_KEY = CurrentUsers.class.getName();

	private final UserAccountRepository users;

	private final DistrictRepository districts;

	CurrentUsers(UserAccountRepository users, DistrictRepository districts) {
		this.users = users;
		this.districts = districts;
	}

	/** The signed-in user, or empty for an anonymous request or an account no longer usable. */
	@Transactional(readOnly = true)
	public Optional<SignedInUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return Optional.empty();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(REQUEST_KEY, RequestAttributes.SCOPE_REQUEST) instanceof SignedInUser cached
				&& cached.username().equals(authentication.getName())) {
			return Optional.of(cached);
		}
		Optional<SignedInUser> user = load(authentication.getName());
		if (request != null) {
			user.ifPresent(u -> request.setAttribute(REQUEST_KEY, u, RequestAttributes.SCOPE_REQUEST));
		}
		return user;
	}

	/** The districts the current user may see; none for anonymous requests. */
	public Scope scope() {
		return current().map(SignedInUser::scope).orElseGet(Scope::none);
	}

	@Transactional(readOnly = true)
	public Optional<SignedInUser> load(String username) {
		return this.users.findByUsername(username)
			.filter(account -> account.isEnabled() && !account.isLocked())
			.map(this::toSignedInUser);
	}

	private SignedInUser toSignedInUser(UserAccount account) {
		List<String> districtNames = account.getRole().provinceWide() ? List.of()
				: account.getSortedDistricts().stream().map(District::label).toList();
		return new SignedInUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				account.getProvince().getId(), account.getProvince().label(), districtNames, account.areaLabel(),
				scopeOf(account), account.isMustChangePassword());
	}

	private Scope scopeOf(UserAccount account) {
		Set<Long> ids = new HashSet<>();
		if (account.getRole() == Role.ADMIN) {
			ids.addAll(this.districts.findIdsOfServedProvinces());
		}
		else if (account.getRole().provinceWide()) {
			ids.addAll(this.districts.findIdsByProvinceId(account.getProvince().getId()));
		}
		else {
			account.getDistricts().forEach(d -> ids.add(d.getId()));
		}
		return new Scope(ids);
	}

}
