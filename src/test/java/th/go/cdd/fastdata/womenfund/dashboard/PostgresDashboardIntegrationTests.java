package th.go.cdd.fastdata.womenfund.dashboard;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

import th.go.cdd.fastdata.PostgresTestDatabase;

/** The dashboard journeys on PostgreSQL (required when CI=true). */
@ExtendWith(PostgresTestDatabase.class)
@ActiveProfiles({ "test", "pgtest" })
class PostgresDashboardIntegrationTests extends DashboardJourneys {

}
