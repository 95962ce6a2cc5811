package th.go.cdd.fastdata.womenfund.committee;

import org.springframework.test.context.ActiveProfiles;

/** The committee report journeys on the embedded default, H2. */
@ActiveProfiles("test")
class H2CommitteeReportIntegrationTests extends CommitteeReportJourneys {

}
