package th.go.cdd.fastdata.womenfund.report;

import org.springframework.test.context.ActiveProfiles;

/** The district-report journeys on the embedded default, H2. */
@ActiveProfiles("test")
class H2DistrictReportIntegrationTests extends DistrictReportJourneys {

}
