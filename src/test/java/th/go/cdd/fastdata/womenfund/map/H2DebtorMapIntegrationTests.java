package th.go.cdd.fastdata.womenfund.map;

import org.springframework.test.context.ActiveProfiles;

/** The debtor map journeys on the embedded default, H2. */
@ActiveProfiles("test")
class H2DebtorMapIntegrationTests extends DebtorMapJourneys {

}
