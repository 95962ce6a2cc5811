package th.go.cdd.fastdata.womenfund.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Some projects of a run over many, read together: by the range of their ids when they are most of the
 * projects in it (a run over every project, or the stale ones after a night off), else by the list of
 * ids. A range read may return projects outside the batch ({@link #contains} tells them apart).
 */
record ProjectBatch(long first, long last, Set<Long> ids, boolean byRange) {

	/**
	 * A range is read when at most this many times the batch's projects lie in it: an index range over
	 * a few more rows costs less than a descent of the index for each id.
	 */
	private static final int SPARSE = 2;

	/** The ids, sorted and without duplicates, in batches of up to {@code size}. */
	static List<ProjectBatch> of(List<Long> ids, int size) {
		List<Long> sorted = new ArrayList<>(new TreeSet<>(ids));
		List<ProjectBatch> batches = new ArrayList<>();
		for (int from = 0; from < sorted.size(); from += size) {
			List<Long> part = sorted.subList(from, Math.min(sorted.size(), from + size));
			long first = part.get(0);
			long last = part.get(part.size() - 1);
			batches.add(new ProjectBatch(first, last, Set.copyOf(part), last - first + 1 <= (long) SPARSE * part.size()));
		}
		return batches;
	}

	boolean contains(long projectId) {
		return this.ids.contains(projectId);
	}

	int size() {
		return this.ids.size();
	}

	/** The condition on a project id column (a constant of the caller's SQL), with {@link #params}. */
	String where(String projectIdColumn) {
		return this.byRange ? projectIdColumn + " between :first and :last" : projectIdColumn + " in (:ids)";
	}

	Map<String, Object> params() {
		return this.byRange ? Map.of("first", this.first, "last", this.last) : Map.of("ids", this.ids);
	}

}
