package th.go.cdd.fastdata.womenfund.visit;

import org.springframework.test.context.ActiveProfiles;

/** The field-visit journeys on the embedded default, H2. */
@ActiveProfiles("test")
class H2FieldVisitIntegrationTests extends FieldVisitJourneys {

}
