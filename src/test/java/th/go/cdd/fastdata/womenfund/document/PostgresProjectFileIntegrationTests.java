package th.go.cdd.fastdata.womenfund.document;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

import th.go.cdd.fastdata.PostgresTestDatabase;

/** The project file journeys on PostgreSQL (required when CI=true). */
@ExtendWith(PostgresTestDatabase.class)
@ActiveProfiles({ "test", "pgtest" })
class PostgresProjectFileIntegrationTests extends ProjectFileJourneys {

}
