package th.go.cdd.fastdata.womenfund.letter;

import org.springframework.test.context.ActiveProfiles;

/** The letter journeys on the embedded default, H2. */
@ActiveProfiles("test")
class H2LetterIntegrationTests extends LetterJourneys {

}
