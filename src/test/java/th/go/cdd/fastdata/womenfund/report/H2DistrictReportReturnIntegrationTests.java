package th.go.cdd.fastdata.womenfund.report;

import org.springframework.test.context.ActiveProfiles;

/** Returning a district report for correction on the embedded default, H2. */
@ActiveProfiles("test")
class H2DistrictReportReturnIntegrationTests extends DistrictReportReturnJourneys {

}
