package th.go.cdd.fastdata.app;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import th.go.cdd.fastdata.organisation.UserAccounts;

/** Keeps each account's last sign-in time, shown to administrators. */
@Component
class SignInRecorder {

	private final UserAccounts accounts;

	SignInRecorder(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		this.accounts.signedIn(event.getAuthentication().getName());
	}

}
