package th.go.cdd.fastdata.womenfund.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import th.go.cdd.fastdata.organisation.AreaOption;

/**
 * Approved projects by district and fiscal year: what the office's old Google Sheet kept as one
 * tab per fiscal year, in one table. Each cell counts the projects and sums the approved amounts.
 */
public record ApprovalTable(List<Integer> years, List<Row> rows, Map<Integer, Cell> totals, Cell grandTotal) {

	public record Cell(long projects, BigDecimal approved) {

		static final Cell EMPTY = new Cell(0, BigDecimal.ZERO);

		Cell plus(Cell other) {
			return new Cell(this.projects + other.projects, this.approved.add(other.approved));
		}

	}

	public record Row(AreaOption district, Map<Integer, Cell> cells, Cell total) {

		public Cell at(Integer year) {
			return this.cells.getOrDefault(year, Cell.EMPTY);
		}

	}

	public Cell totalOf(Integer year) {
		return this.totals.getOrDefault(year, Cell.EMPTY);
	}

	/** From {@code [districtId, fiscalYear, projects, approved]} rows; districts in the order given, years newest first. */
	static ApprovalTable of(List<AreaOption> districts, List<Object[]> counts) {
		TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
		Map<Long, Map<Integer, Cell>> byDistrict = new HashMap<>();
		for (Object[] row : counts) {
			Integer year = ((Number) row[1]).intValue();
			years.add(year);
			byDistrict.computeIfAbsent((Long) row[0], id -> new HashMap<>())
				.put(year, new Cell(((Number) row[2]).longValue(), row[3] == null ? BigDecimal.ZERO : (BigDecimal) row[3]));
		}
		List<Row> rows = new ArrayList<>();
		Map<Integer, Cell> totals = new HashMap<>();
		Cell grand = Cell.EMPTY;
		for (AreaOption district : districts) {
			Map<Integer, Cell> cells = byDistrict.getOrDefault(district.id(), Map.of());
			Cell total = cells.values().stream().reduce(Cell.EMPTY, Cell::plus);
			cells.forEach((year, cell) -> totals.merge(year, cell, Cell::plus));
			grand = grand.plus(total);
			rows.add(new Row(district, cells, total));
		}
		return new ApprovalTable(List.copyOf(years), rows, totals, grand);
	}

}
