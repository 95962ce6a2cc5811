package th.go.cdd.fastdata.womenfund;

import java.util.Set;

import th.go.cdd.fastdata.organisation.Role;

/**
 * An application to join a measure now waits for someone (คำขอรอพิจารณา), published inside the
 * transaction of the step that moved it.
 *
 * @param roles the roles whose members in the district may take the next step; empty when it waits
 *     for its drafter ({@code drafter}) after a return
 * @param stateLabel where it stands, in Thai
 */
public record ApplicationWaiting(long applicationId, Long districtId, String measureName, String stateLabel,
		Set<Role> roles, String drafter) {
}
