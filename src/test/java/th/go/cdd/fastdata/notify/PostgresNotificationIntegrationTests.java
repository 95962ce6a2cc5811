package th.go.cdd.fastdata.notify;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

import th.go.cdd.fastdata.PostgresTestDatabase;

/** The notification journeys on PostgreSQL (required when CI=true). */
@ExtendWith(PostgresTestDatabase.class)
@ActiveProfiles({ "test", "pgtest" })
class PostgresNotificationIntegrationTests extends NotificationJourneys {

}
