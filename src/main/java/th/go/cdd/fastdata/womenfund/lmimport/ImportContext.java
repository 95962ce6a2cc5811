package th.go.cdd.fastdata.womenfund.lmimport;

import java.util.function.IntConsumer;

import th.go.cdd.fastdata.organisation.Scope;

/**
 * Who imports and where she may: taken from the request before any work moves to the
 * background, where there is no request to ask.
 * @param progress told the number of rows checked so far, for the page that polls
 */
record ImportContext(Scope scope, String username, IntConsumer progress) {

	/** How often (in rows) progress is reported. */
	static final int PROGRESS_STEP = 1_000;

	void checked(int rows) {
		if (rows % PROGRESS_STEP == 0) {
			this.progress.accept(rows);
		}
	}

}
