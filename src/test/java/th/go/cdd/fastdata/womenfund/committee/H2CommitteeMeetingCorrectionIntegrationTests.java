package th.go.cdd.fastdata.womenfund.committee;

import org.springframework.test.context.ActiveProfiles;

/** Correcting and removing committee meetings on the embedded default, H2. */
@ActiveProfiles("test")
class H2CommitteeMeetingCorrectionIntegrationTests extends CommitteeMeetingCorrectionJourneys {

}
