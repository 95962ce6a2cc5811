package th.go.cdd.fastdata.notify;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a message may carry, and how long a failed delivery waits. */
class NoticeTests {

	@Test
	void aTextWithAThirteenDigitIdInAnyWritingIsRefused() {
		for (String text : new String[] { "ลูกหนี้ 3101234567891 ค้างชำระ", "เลขบัตร 3-1012-34567-89-1",
				"เลขบัตร 3 1012 34567 89 1", "3101234567891" }) {
			assertThatThrownBy(() -> Notice.toDistrict(Topic.REPORT_DUE, 1L, text, "/")).as(text)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("national ID");
		}
	}

	@Test
	void shorterOrLongerNumbersDatesAndCodesPass() {
		for (String text : new String[] { "รายงานครึ่งเดือนแรก พ.ย. 2569 ครบกำหนด 15/11/2569", "โครงการ LM-8302-0001",
				"โทร 0812345678", "นำเข้า 12345678901234 แถว", "ลูกหนี้ 4 โครงการ" }) {
			assertThat(Notice.toDistrict(Topic.REPORT_DUE, 1L, text, "/womenfund").text()).isEqualTo(text);
		}
	}

	@Test
	void theLinkIsAPathInsideFastData() {
		assertThatThrownBy(() -> Notice.toUsers(Topic.IMPORT_FINISHED, Set.of("a"), "ข้อความ", "https://evil.example"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Notice.toUsers(Topic.IMPORT_FINISHED, Set.of("a"), "ข้อความ", "//evil.example"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(Notice.toUsers(Topic.IMPORT_FINISHED, Set.of("a"), "ข้อความ", null).link()).isNull();
	}

	@Test
	void theWaitDoublesAfterEachFailureUpToTheLongest() {
		NotifySettings settings = new NotifySettings("http://x/", Duration.ofSeconds(30), 5, Duration.ofMinutes(1),
				Duration.ofMinutes(5), null, null, 30, Duration.ofDays(3));
		assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(settings.retryAfter(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(settings.retryAfter(4)).isEqualTo(Duration.ofMinutes(5));
		assertThat(settings.retryAfter(40)).isEqualTo(Duration.ofMinutes(5));
		assertThat(settings.baseUrl()).isEqualTo("http://x");
	}

}
