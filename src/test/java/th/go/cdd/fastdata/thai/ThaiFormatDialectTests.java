package th.go.cdd.fastdata.thai;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class ThaiFormatDialectTests {

	// 20:00 UTC on 30 Sep 2026 is already 1 Oct 2026 in Bangkok, i.e. fiscal year 2570.
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-30T20:00:00Z"), ThaiDates.BANGKOK);

	private final TemplateEngine engine = engineWith(new ThaiFormatDialect(CLOCK));

	@Test
	void rendersDateAndMoney() {
		String html = render("<p>[[${#thai.date(d)}]] / [[${#thai.money(m)}]]</p>",
				Map.of("d", LocalDate.of(2026, 11, 25), "m", new BigDecimal("1234.5")));
		assertThat(html).isEqualTo("<p>25 พ.ย. 2569 / 1,234.50 บาท</p>");
	}

	@Test
	void rendersEveryHelper() {
		String html = render("""
				[[${#thai.dateLong(d)}]]|[[${#thai.dateTime(i)}]]|[[${#thai.dateTime(t)}]]|[[${#thai.amount(m)}]]\
				|[[${#thai.fiscalYear(d)}]]|[[${#thai.fiscalYear()}]]|[[${#thai.today()}]]\
				|[[${#thai.nationalIdMasked(id)}]]|[[${#thai.nationalIdFull(id)}]]""",
				Map.of("d", LocalDate.of(2026, 11, 25), "i", Instant.parse("2026-11-25T07:05:00Z"), "t",
						LocalDateTime.of(2026, 11, 25, 14, 5), "m", new BigDecimal("1234.5"), "id", "1234567890121"));
		assertThat(html).isEqualTo("25 พฤศจิกายน 2569|25 พ.ย. 2569 14:05 น.|25 พ.ย. 2569 14:05 น.|1,234.50"
				+ "|ปีงบประมาณ 2570|ปีงบประมาณ 2570|1 ต.ค. 2569|1-2345-xxxxx-xx-1|1-2345-67890-12-1");
	}

	@Test
	void missingValuesRenderAsDash() {
		assertThat(render("[[${#thai.date(nothing)}]]|[[${#thai.money(nothing)}]]|[[${#thai.nationalIdMasked(nothing)}]]",
				Map.of())).isEqualTo("–|–|–");
	}

	@Test
	void invalidNationalIdIsMaskedOrShownEscaped() {
		assertThat(render("[[${#thai.nationalIdMasked(id)}]]|[[${#thai.nationalIdFull(id)}]]",
				Map.of("id", "<12345678901>"))).isEqualTo("&lt;xxxxxxxxxxx&gt;|&lt;12345678901&gt;");
	}

	@Test
	void springBootRegistersTheDialectBean() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ThymeleafAutoConfiguration.class))
			.withPropertyValues("spring.thymeleaf.check-template-location=false")
			.withBean(ThaiFormatDialect.class)
			.run((context) -> {
				SpringTemplateEngine engine = context.getBean(SpringTemplateEngine.class);
				assertThat(engine.getDialects()).hasAtLeastOneElementOfType(ThaiFormatDialect.class);
			});
	}

	private String render(String template, Map<String, Object> variables) {
		return this.engine.process(template, new Context(null, variables));
	}

	private static TemplateEngine engineWith(ThaiFormatDialect dialect) {
		// SpringTemplateEngine (SpEL), as in the application; its default resolver treats the name as the template.
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.addDialect(dialect);
		return engine;
	}

}
