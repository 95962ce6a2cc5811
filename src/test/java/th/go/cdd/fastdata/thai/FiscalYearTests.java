package th.go.cdd.fastdata.thai;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FiscalYearTests {

	private final FiscalYear fy2569 = new FiscalYear(2569);

	@Test
	void lastDayOfSeptemberBelongsToTheEndingYear() {
		assertThat(FiscalYear.of(LocalDate.of(2026, 9, 30))).isEqualTo(this.fy2569);
	}

	@Test
	void firstDayOfOctoberStartsTheNextYear() {
		assertThat(FiscalYear.of(LocalDate.of(2026, 10, 1))).isEqualTo(new FiscalYear(2570));
		assertThat(FiscalYear.of(LocalDate.of(2025, 10, 1))).isEqualTo(this.fy2569);
	}

	@Test
	void leapDay() {
		assertThat(FiscalYear.of(LocalDate.of(2024, 2, 29))).isEqualTo(new FiscalYear(2567));
	}

	@Test
	void firstAndLastDay() {
		assertThat(this.fy2569.firstDay()).isEqualTo(LocalDate.of(2025, 10, 1));
		assertThat(this.fy2569.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
	}

	@Test
	void containsBothEdgesOnly() {
		assertThat(this.fy2569.contains(LocalDate.of(2025, 10, 1))).isTrue();
		assertThat(this.fy2569.contains(LocalDate.of(2026, 9, 30))).isTrue();
		assertThat(this.fy2569.contains(LocalDate.of(2025, 9, 30))).isFalse();
		assertThat(this.fy2569.contains(LocalDate.of(2026, 10, 1))).isFalse();
	}

	@Test
	void previousAndNext() {
		assertThat(this.fy2569.previous()).isEqualTo(new FiscalYear(2568));
		assertThat(this.fy2569.next()).isEqualTo(new FiscalYear(2570));
	}

	@Test
	void labels() {
		assertThat(this.fy2569.label()).isEqualTo("ปีงบประมาณ 2569");
		assertThat(this.fy2569.shortLabel()).isEqualTo("ปีงบ 69");
		assertThat(new FiscalYear(2600).shortLabel()).isEqualTo("ปีงบ 00");
	}

	@Test
	void ordersByYear() {
		assertThat(this.fy2569).isLessThan(this.fy2569.next()).isGreaterThan(this.fy2569.previous());
	}

	@Test
	void rejectsChristianYear() {
		assertThatIllegalArgumentException().isThrownBy(() -> new FiscalYear(2026))
			.withMessageContaining("พ.ศ.");
	}

}
