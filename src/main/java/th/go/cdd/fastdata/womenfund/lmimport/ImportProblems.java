package th.go.cdd.fastdata.womenfund.lmimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The problems of one file as they are found. Every one is counted, but only the first
 * {@value #KEPT} are kept: a wrong file of 100,000 rows must not fill the memory or the
 * database, and nobody reads past the first thousand.
 */
final class ImportProblems {

	static final int KEPT = 1_000;

	private static final int MAX_VALUE = 200;

	private final List<ImportProblem> kept = new ArrayList<>();

	private int total;

	void add(int row, String column, String value, String message) {
		this.total++;
		if (this.kept.size() < KEPT) {
			String shown = value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE) + "…";
			this.kept.add(new ImportProblem(row, column, shown, message));
		}
	}

	boolean isEmpty() {
		return this.total == 0;
	}

	int total() {
		return this.total;
	}

	/** The kept problems by row, then in the order found. */
	List<ImportProblem> kept() {
		List<ImportProblem> sorted = new ArrayList<>(this.kept);
		sorted.sort(Comparator.comparingInt(ImportProblem::row));
		return sorted;
	}

	/** "พบปัญหา 1,234 รายการ (แสดง 1,000 รายการแรก)", or null when there is none. */
	String summary() {
		if (this.total == 0) {
			return null;
		}
		String summary = "พบปัญหา " + String.format(Locale.ROOT, "%,d", this.total) + " รายการ";
		return this.total > KEPT ? summary + " (แสดง " + String.format(Locale.ROOT, "%,d", KEPT) + " รายการแรก)" : summary;
	}

}
