package th.go.cdd.fastdata.app;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Failed sign-ins counted for one key ("account:somchai" or "address:10.0.0.5"). */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry {

	@Id
	private String throttleKey;

	private int failures;

	private Instant firstFailureAt;

	private Instant lockedUntil;

	protected LoginThrottleEntry() {
	}

	LoginThrottleEntry(String throttleKey, Instant now) {
		this.throttleKey = throttleKey;
		this.firstFailureAt = now;
	}

	/** Counts a failure; a failure after the window starts a new count. */
	void fail(Instant now, int maxFailures, Duration window, Duration lockDuration) {
		if (this.firstFailureAt.plus(window).isBefore(now)) {
			this.failures = 0;
			this.firstFailureAt = now;
		}
		this.failures++;
		if (this.failures >= maxFailures) {
			this.lockedUntil = now.plus(lockDuration);
			this.failures = 0;
			this.firstFailureAt = now;
		}
	}

	boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

}
