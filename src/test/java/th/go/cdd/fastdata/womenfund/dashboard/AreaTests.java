package th.go.cdd.fastdata.womenfund.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import th.go.cdd.fastdata.organisation.AreaOption;
import th.go.cdd.fastdata.organisation.NotFoundInScope;
import th.go.cdd.fastdata.organisation.Scope;
import th.go.cdd.fastdata.womenfund.status.StatusGroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a dashboard covers for an administrator serving two provinces, and for a district officer. */
class AreaTests {

	static final AreaOption PHUKET = new AreaOption(83L, "83", "จังหวัดภูเก็ต");

	static final AreaOption KRABI = new AreaOption(81L, "81", "จังหวัดกระบี่");

	static final AreaOption MUEANG_PHUKET = new AreaOption(1L, "8301", "อำเภอเมืองภูเก็ต");

	static final AreaOption KATHU = new AreaOption(2L, "8302", "อำเภอกะทู้");

	static final AreaOption MUEANG_KRABI = new AreaOption(3L, "8101", "อำเภอเมืองกระบี่");

	static final Scope ADMIN = new Scope(Set.of(1L, 2L, 3L));

	static final List<AreaOption> IN_SCOPE = List.of(MUEANG_KRABI, MUEANG_PHUKET, KATHU);

	@Test
	void anAdministratorOfTwoProvincesSeesProvincesFirstThenTheDistrictsOfOne() {
		Area all = Area.of(ADMIN, IN_SCOPE, List.of(KRABI, PHUKET), null, null);
		assertThat(all.byProvince()).isTrue();
		assertThat(all.provinceIds()).containsExactly(81L, 83L);
		List<Dashboards.AreaRow> provinces = all.perProvince(List.of(row(1L, 5), row(2L, 7), row(3L, 2)));
		assertThat(provinces).extracting(r -> r.groups().of(StatusGroup.OVERDUE).projects()).containsExactly(2L, 12L);

		Area phuket = Area.of(ADMIN, IN_SCOPE, List.of(KRABI, PHUKET), 83L, null);
		assertThat(phuket.byProvince()).isFalse();
		assertThat(phuket.districts()).containsExactly(MUEANG_PHUKET, KATHU);
		assertThat(phuket.districtIds(ADMIN)).containsExactly(1L, 2L);
		// a district of her scope left chosen while she changed the province: the province wins
		assertThat(Area.of(ADMIN, IN_SCOPE, List.of(KRABI, PHUKET), 83L, 3L).district()).isNull();
		// a district alone brings its province
		assertThat(Area.of(ADMIN, IN_SCOPE, List.of(KRABI, PHUKET), null, 2L).province()).isEqualTo(PHUKET);
	}

	@Test
	void aProvinceOrDistrictOutsideTheScopeIsNotFound() {
		Scope kathu = new Scope(Set.of(2L));
		assertThatThrownBy(() -> Area.of(kathu, List.of(KATHU), List.of(KRABI, PHUKET), null, 1L))
			.isInstanceOf(NotFoundInScope.class);
		assertThatThrownBy(() -> Area.of(kathu, List.of(KATHU), List.of(KRABI, PHUKET), 81L, null))
			.isInstanceOf(NotFoundInScope.class);
		// her only district is chosen for her
		Area own = Area.of(kathu, List.of(KATHU), List.of(KRABI, PHUKET), null, null);
		assertThat(own.district()).isEqualTo(KATHU);
		assertThat(own.chooseDistrict()).isFalse();
		assertThat(own.chooseProvince()).isFalse();
	}

	private static Dashboards.AreaRow row(Long district, long overdue) {
		return new Dashboards.AreaRow(district, "",
				new Dashboards.Groups(Map.of(StatusGroup.OVERDUE, new Dashboards.Figure(overdue, BigDecimal.TEN))));
	}

}
