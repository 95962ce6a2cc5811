package th.go.cdd.fastdata.womenfund.forms;

import org.springframework.test.context.ActiveProfiles;

/** The forms library and public page journeys on the embedded default, H2. */
@ActiveProfiles("test")
class H2FormsIntegrationTests extends FormsJourneys {

}
