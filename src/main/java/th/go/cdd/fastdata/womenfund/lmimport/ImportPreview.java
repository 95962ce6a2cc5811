package th.go.cdd.fastdata.womenfund.lmimport;

import java.util.Set;

/**
 * What checking a file found: the counts, and the writes that would bring the registry in line
 * with it. The writes are run only inside the apply transaction, only when there is no problem.
 */
record ImportPreview(ImportCounts counts, Writes writes) {

	@FunctionalInterface
	interface Writes {

		/** Writes everything in batches and answers the ids of the projects touched. */
		Set<Long> write();

	}

}
