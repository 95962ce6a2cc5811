package th.go.cdd.fastdata.womenfund.map;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Thailand's box: its edges are inside; swapped or foreign points are refused in Thai. */
class CoordinatesTests {

	@Test
	void keepsSixDecimalsAndTheBoxEdges() {
		Coordinates phuket = new Coordinates(new BigDecimal("7.88041234"), new BigDecimal("98.3923"));
		assertThat(phuket.latitude()).isEqualByComparingTo("7.880412");
		assertThat(phuket.longitude().scale()).isEqualTo(6);
		assertThat(Coordinates.inThailand(5.5, 97.3)).isTrue();
		assertThat(Coordinates.inThailand(20.5, 105.7)).isTrue();
		// the country's ends: Betong, Mae Sai, the western and eastern extremes
		assertThat(Coordinates.inThailand(5.613, 101.145)).isTrue();
		assertThat(Coordinates.inThailand(20.464, 99.893)).isTrue();
		assertThat(Coordinates.inThailand(18.5, 97.344)).isTrue();
		assertThat(Coordinates.inThailand(15.4, 105.637)).isTrue();
		assertThat(Coordinates.inThailand(5.499, 100.0)).isFalse();
		assertThat(Coordinates.inThailand(21.0, 100.0)).isFalse();
	}

	@Test
	void refusesSwappedAndForeignPointsInThai() {
		assertThatThrownBy(() -> Coordinates.of(98.39, 7.88)).hasMessageContaining("พิกัดอยู่นอกประเทศไทย")
			.hasMessageContaining("สลับละติจูดกับลองจิจูด");
		assertThatThrownBy(() -> Coordinates.of(51.5, -0.12)).isInstanceOf(Coordinates.OutsideThailand.class);
	}

}
