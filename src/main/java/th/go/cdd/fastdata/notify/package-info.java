/**
 * Notifications (การแจ้งเตือน): one outbox for every message, delivered by LINE (Messaging API)
 * and e-mail (SMTP) outside the business transaction, with retries, back-off and a delivery log.
 * Each user chooses which topics she receives on which channel; administrators register LINE
 * groups and users and see every attempt.
 * <p>
 * API: {@link th.go.cdd.fastdata.notify.Notifications#publish(Notice)} inside the transaction of the
 * business change (or publish a {@link th.go.cdd.fastdata.notify.Notice} as an application event),
 * with a {@link th.go.cdd.fastdata.notify.Topic}. Messages carry a short Thai text and a link, never
 * a national ID or an amount.
 */
package th.go.cdd.fastdata.notify;
