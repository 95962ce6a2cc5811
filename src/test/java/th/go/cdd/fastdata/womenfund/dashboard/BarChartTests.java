package th.go.cdd.fastdata.womenfund.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The server-drawn charts: what a reader sees of the bars, their scale and their labels. */
class BarChartTests {

	@Test
	void theTallestBarReachesNearTheTopOfARoundScaleAndAMonthWithoutPaymentsKeepsItsLabel() {
		BarChart chart = BarChart.of(List.of(column("ต.ค.", "370000"), column("พ.ย.", "0"), column("ธ.ค.", "185000")),
				DashboardController::shortBaht);
		assertThat(chart.ticks()).extracting(BarChart.Tick::label).containsExactly("0", "1 แสน", "2 แสน", "3 แสน", "4 แสน");
		BarChart.Block tallest = chart.bars().get(0).blocks().get(0);
		BarChart.Block half = chart.bars().get(2).blocks().get(0);
		assertThat(tallest.y() + tallest.height()).isCloseTo(chart.baseline(), org.assertj.core.data.Offset.offset(0.2));
		assertThat(half.height()).isCloseTo(tallest.height() / 2, org.assertj.core.data.Offset.offset(0.2));
		assertThat(chart.bars().get(1).blocks()).isEmpty();
		assertThat(chart.bars().get(1).label()).isEqualTo("พ.ย.");
	}

	@Test
	void twentyFourMonthsLabelEverySecondEndingWithThisMonth() {
		List<BarChart.Column> columns = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			columns.add(column("m" + i, "1"));
		}
		BarChart chart = BarChart.of(columns, DashboardController::shortBaht);
		assertThat(chart.bars().get(23).label()).isEqualTo("m23");
		assertThat(chart.bars().get(22).label()).isEmpty();
		assertThat(chart.bars().get(21).label()).isEqualTo("m21");
	}

	@Test
	void bahtOnTheScaleIsShortInThai() {
		assertThat(DashboardController.shortBaht(new BigDecimal("1500000"))).isEqualTo("1.5 ล้าน");
		assertThat(DashboardController.shortBaht(new BigDecimal("375000"))).isEqualTo("3.75 แสน");
		assertThat(DashboardController.shortBaht(new BigDecimal("25000"))).isEqualTo("2.5 หมื่น");
		assertThat(DashboardController.shortBaht(new BigDecimal("5000"))).isEqualTo("5,000");
	}

	private static BarChart.Column column(String label, String value) {
		return new BarChart.Column(label, "69", List.of(new BarChart.Part(new BigDecimal(value), "collected", null, label)));
	}

}
