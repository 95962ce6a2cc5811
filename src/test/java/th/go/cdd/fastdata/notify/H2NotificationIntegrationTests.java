package th.go.cdd.fastdata.notify;

import org.springframework.test.context.ActiveProfiles;

/** The notification journeys on the embedded default, H2. */
@ActiveProfiles("test")
class H2NotificationIntegrationTests extends NotificationJourneys {

}
