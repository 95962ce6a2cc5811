package th.go.cdd.fastdata.womenfund.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

/**
 * What a dashboard covers (พื้นที่ของแดชบอร์ด): the user's whole scope, one province of it (an
 * administrator serving several), or one district. A district or province outside the scope is not found.
 * A scope of several provinces lists provinces first, each opening its districts: a table of the country's
 * 928 districts is neither readable nor quick to draw.
 *
 * @param provinces the provinces of the scope, to choose from when there are several
 * @param province the province chosen, if any
 * @param districts the districts of the scope, or of the chosen province
 * @param district the district chosen (or the only one of a district officer), if any
 */
public record Area(List<AreaOption> provinces, AreaOption province, List<AreaOption> districts, AreaOption district) {

	static Area of(Scope scope, List<AreaOption> inScope, List<AreaOption> served, Long provinceId, Long districtId) {
		List<AreaOption> provinces = AreaOption.holding(served, inScope);
		AreaOption district = null;
		if (districtId != null) {
			if (!scope.covers(districtId)) {
				throw new NotFoundInScope();
			}
			district = inScope.stream().filter(d -> d.id().equals(districtId)).findFirst().orElseThrow(NotFoundInScope::new);
		}
		else if (inScope.size() == 1) {
			district = inScope.get(0);
		}
		AreaOption province = null;
		if (provinceId != null) {
			province = provinces.stream().filter(p -> p.id().equals(provinceId)).findFirst().orElseThrow(NotFoundInScope::new);
		}
		else if (district != null) {
			province = provinces.stream().filter(district::liesIn).findFirst().orElse(null);
		}
		List<AreaOption> districts = (province == null) ? inScope : AreaOption.within(province, inScope);
		// a district of her scope left chosen while she changed the province: the province wins
		AreaOption shown = (district != null && !districts.contains(district)) ? null : district;
		return new Area(provinces, province, districts, shown);
	}

	/** The districts whose figures are shown. */
	Collection<Long> districtIds(Scope scope) {
		if (this.district != null) {
			return List.of(this.district.id());
		}
		return this.province == null ? scope.queryIds() : this.districts.stream().map(AreaOption::id).toList();
	}

	/** The province chosen, or every province of the scope. */
	Collection<Long> provinceIds() {
		return this.province != null ? List.of(this.province.id()) : this.provinces.stream().map(AreaOption::id).toList();
	}

	/** Whether the table lists provinces: several in scope and none chosen. */
	public boolean byProvince() {
		return this.district == null && this.province == null && this.provinces.size() > 1;
	}

	/** Whether she may choose among provinces. */
	public boolean chooseProvince() {
		return this.provinces.size() > 1;
	}

	/** Whether she may choose among districts (a district officer with one may not). */
	public boolean chooseDistrict() {
		return this.districts.size() > 1 && !byProvince();
	}

	/** "อำเภอกะทู้", "จังหวัดภูเก็ต", or the whole scope. */
	public String label() {
		if (this.district != null) {
			return this.district.label();
		}
		return this.province != null ? this.province.label() : "ทุกพื้นที่ในความรับผิดชอบ";
	}

	/** The district rows summed per province, in the provinces' order. */
	List<Dashboards.AreaRow> perProvince(List<Dashboards.AreaRow> districtRows) {
		Map<Long, String> codes = new LinkedHashMap<>();
		this.districts.forEach(d -> codes.put(d.id(), d.code()));
		List<Dashboards.AreaRow> rows = new ArrayList<>();
		for (AreaOption p : this.provinces) {
			Map<StatusGroup, Dashboards.Figure> sums = new EnumMap<>(StatusGroup.class);
			for (Dashboards.AreaRow row : districtRows) {
				if (codes.getOrDefault(row.id(), "").startsWith(p.code())) {
					row.groups().figures().forEach((group, figure) -> sums.merge(group, figure,
							(a, b) -> a.plus(b.projects(), b.outstanding())));
				}
			}
			rows.add(new Dashboards.AreaRow(p.id(), p.label(), new Dashboards.Groups(sums)));
		}
		return rows;
	}

}
