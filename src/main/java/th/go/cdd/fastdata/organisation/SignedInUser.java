package th.go.cdd.fastdata.organisation;

import java.util.List;

/**
 * The user behind the current request, as the pages need her: name, role, area and the
 * {@link Scope} of districts every query is limited to.
 *
 * @param districts the names of her districts ("อำเภอกะทู้"), empty for a province-wide role
 */
public record SignedInUser(Long id, String username, String displayName, Role role, Long provinceId,
		String provinceLabel, List<String> districts, String areaLabel, Scope scope, boolean mustChangePassword) {

	public String roleLabel() {
		return this.role.label();
	}

	public boolean is(Role other) {
		return this.role == other;
	}

}
