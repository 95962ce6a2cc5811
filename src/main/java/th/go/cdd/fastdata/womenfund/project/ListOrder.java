package th.go.cdd.fastdata.womenfund.project;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;

/** The orders the project list offers; each ends with the project code, so a page never shuffles ties. */
public enum ListOrder {

	NEWEST("ปีงบประมาณล่าสุดก่อน", JpaSort.unsafe("p.fiscalYear").descending()),
	CODE("รหัสโครงการ", Sort.unsorted()),
	OVERDUE("ค้างชำระมากสุดก่อน", JpaSort.unsafe("s.overdueAmount").descending()),
	LIMITATION("ครบอายุความใกล้สุดก่อน", JpaSort.unsafe("s.limitationEndsOn").ascending());

	private final String label;

	private final Sort sort;

	ListOrder(String label, Sort sort) {
		this.label = label;
		this.sort = sort.and(JpaSort.unsafe("p.code"));
	}

	public String label() {
		return this.label;
	}

	Sort sort() {
		return this.sort;
	}

}
