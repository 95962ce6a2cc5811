package th.go.cdd.fastdata.organisation;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives Spring Security the stored hash, role and state of an account. */
@Service
class UserAccountDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	UserAccountDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.authorities(account.getRole().authority())
			.disabled(!account.isEnabled())
			.accountLocked(account.isLocked())
			.build();
	}

}
