package th.go.cdd.fastdata;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/** The foundation journeys on PostgreSQL (required when CI=true, skipped with a reason elsewhere). */
@ExtendWith(PostgresTestDatabase.class)
@ActiveProfiles({ "test", "pgtest" })
class PostgresFoundationIntegrationTests extends FoundationJourneys {

}
