package th.go.cdd.fastdata.notify;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox's door for other modules. Call {@link #publish(Notice)} (or publish the {@link Notice}
 * as an application event) inside the transaction of the business change: the message is stored
 * with that change, or not at all if it rolls back, and is delivered later by the dispatcher,
 * outside it, so a slow or failing LINE or mail server never holds up nor undoes the work.
 */
@Service
public class Notifications {

	private final Outbox outbox;

	Notifications(Outbox outbox) {
		this.outbox = outbox;
	}

	/**
	 * Stores the message for delivery. Joins the caller's transaction.
	 * @return the message's id, or -1 if one with the same key was already stored
	 */
	@Transactional
	public long publish(Notice notice) {
		return this.outbox.add(notice);
	}

	/** A {@link Notice} published as an event is stored in the publisher's transaction, as by {@link #publish}. */
	@EventListener
	void on(Notice notice) {
		publish(notice);
	}

}
