package th.go.cdd.fastdata.womenfund.report;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

import th.go.cdd.fastdata.PostgresTestDatabase;

/** Returning a district report for correction on PostgreSQL (required when CI=true). */
@ExtendWith(PostgresTestDatabase.class)
@ActiveProfiles({ "test", "pgtest" })
class PostgresDistrictReportReturnIntegrationTests extends DistrictReportReturnJourneys {

}
