package th.go.cdd.fastdata.app;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords per account and per network address in the database, so a lock
 * holds on every instance. Only wrong passwords count: a refused attempt while locked does
 * not lengthen the lock.
 */
@Service
class LoginThrottle {

	private final LoginThrottleRepository entries;

	private final LoginSettings settings;

	private final Clock clock;

	LoginThrottle(LoginThrottleRepository entries, LoginSettings settings, Clock clock) {
		this.entries = entries;
		this.settings = settings;
		this.clock = clock;
	}

	/** When sign-in is refused for this account or address, until when. */
	@Transactional(readOnly = true)
	Optional<Instant> lockedUntil(String username, String address) {
		Instant now = this.clock.instant();
		return Stream.of(accountKey(username), addressKey(address))
			.map(this.entries::findById)
			.flatMap(Optional::stream)
			.filter(entry -> entry.lockedAt(now))
			.map(LoginThrottleEntry::getLockedUntil)
			.max(Instant::compareTo);
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(AuthenticationFailureBadCredentialsEvent event) {
		String address = (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		fail(accountKey(event.getAuthentication().getName()), this.settings.maxAccountFailures());
		if (address != null) {
			fail(addressKey(address), this.settings.maxAddressFailures());
		}
	}

	/** A successful sign-in clears the account's count (not the address's: one good account must not unlock guessing). */
	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(InteractiveAuthenticationSuccessEvent event) {
		this.entries.findById(accountKey(event.getAuthentication().getName()))
			.filter(entry -> !entry.lockedAt(this.clock.instant()))
			.ifPresent(this.entries::delete);
	}

	private void fail(String key, int maxFailures) {
		Instant now = this.clock.instant();
		LoginThrottleEntry entry = this.entries.findForUpdate(key).orElse(null);
		if (entry == null) {
			entry = new LoginThrottleEntry(key, now);
			try {
				entry.fail(now, maxFailures, this.settings.window(), this.settings.lockDuration());
				this.entries.saveAndFlush(entry);
			}
			catch (DataIntegrityViolationException raced) {
				// another instance inserted the same key first; its count stands
			}
			return;
		}
		entry.fail(now, maxFailures, this.settings.window(), this.settings.lockDuration());
	}

	private static String accountKey(String username) {
		return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
