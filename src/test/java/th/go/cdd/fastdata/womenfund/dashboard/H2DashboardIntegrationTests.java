package th.go.cdd.fastdata.womenfund.dashboard;

import org.springframework.test.context.ActiveProfiles;

/** The dashboard journeys on the embedded default, H2. */
@ActiveProfiles("test")
class H2DashboardIntegrationTests extends DashboardJourneys {

}
