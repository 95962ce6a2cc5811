package th.go.cdd.fastdata.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The districts a user may see (ขอบเขตพื้นที่). Every query of area-bound records takes the
 * district ids from here, so a record outside them is never listed, and a guessed id answers
 * 404 ({@link NotFoundInScope}) rather than 403, which would reveal that the id exists.
 */
public record Scope(Set<Long> districtIds) {

	/** A district id that never exists, so that {@code in (:ids)} stays valid for an empty scope. */
	private static final Long NO_DISTRICT = -1L;

	public Scope {
		districtIds = Set.copyOf(districtIds);
	}

	public static Scope none() {
		return new Scope(Set.of());
	}

	public boolean covers(Long districtId) {
		return districtId != null && this.districtIds.contains(districtId);
	}

	/** The ids to bind to a query's {@code in (:districtIds)}: never empty. */
	public Collection<Long> queryIds() {
		return this.districtIds.isEmpty() ? List.of(NO_DISTRICT) : this.districtIds;
	}

}
