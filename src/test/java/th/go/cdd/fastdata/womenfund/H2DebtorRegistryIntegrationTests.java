package th.go.cdd.fastdata.womenfund;

import org.springframework.test.context.ActiveProfiles;

/** The debtor registry journeys on the embedded default, H2. */
@ActiveProfiles("test")
class H2DebtorRegistryIntegrationTests extends DebtorRegistryJourneys {

}
