package th.go.cdd.fastdata.womenfund.document;

import org.springframework.test.context.ActiveProfiles;

/** The project file journeys on the embedded default, H2. */
@ActiveProfiles("test")
class H2ProjectFileIntegrationTests extends ProjectFileJourneys {

}
