package th.go.cdd.fastdata;

import org.springframework.test.context.ActiveProfiles;

/** The foundation journeys on the embedded default, H2 in PostgreSQL mode. */
@ActiveProfiles("test")
class H2FoundationIntegrationTests extends FoundationJourneys {

}
