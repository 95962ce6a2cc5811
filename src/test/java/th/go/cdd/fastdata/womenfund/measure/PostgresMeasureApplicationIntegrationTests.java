package th.go.cdd.fastdata.womenfund.measure;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

import th.go.cdd.fastdata.PostgresTestDatabase;

/** The application journeys on PostgreSQL (required when CI=true): the list's queries take optional filters. */
@ExtendWith(PostgresTestDatabase.class)
@ActiveProfiles({ "test", "pgtest" })
class PostgresMeasureApplicationIntegrationTests extends MeasureApplicationIntegrationTests {

}
