package th.go.cdd.fastdata.womenfund.committee;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

import th.go.cdd.fastdata.PostgresTestDatabase;

/** Correcting and removing committee meetings on PostgreSQL (required when CI=true). */
@ExtendWith(PostgresTestDatabase.class)
@ActiveProfiles({ "test", "pgtest" })
class PostgresCommitteeMeetingCorrectionIntegrationTests extends CommitteeMeetingCorrectionJourneys {

}
