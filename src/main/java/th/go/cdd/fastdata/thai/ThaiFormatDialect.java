package th.go.cdd.fastdata.thai;

import java.time.Clock;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Thymeleaf dialect that puts {@link ThaiFormat} into every template as {@code #thai} (รูปแบบไทย). Being a
 * bean is enough: Spring Boot adds every {@code IDialect} bean to the template engine.
 */
@Component
public class ThaiFormatDialect extends AbstractDialect implements IExpressionObjectDialect {

	static final String EXPRESSION_OBJECT_NAME = "thai";

	private final IExpressionObjectFactory factory;

	/** Used by Spring; "today" follows the system clock in Bangkok. */
	public ThaiFormatDialect() {
		this(Clock.system(ThaiDates.BANGKOK));
	}

	ThaiFormatDialect(Clock clock) {
		super("Thai Format");
		this.factory = new Factory(new ThaiFormat(clock));
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return this.factory;
	}

	// ThaiFormat is stateless, so one instance serves every template execution.
	private static final class Factory implements IExpressionObjectFactory {

		private final ThaiFormat format;

		Factory(ThaiFormat format) {
			this.format = format;
		}

		@Override
		public Set<String> getAllExpressionObjectNames() {
			return Set.of(EXPRESSION_OBJECT_NAME);
		}

		@Override
		public Object buildObject(IExpressionContext context, String expressionObjectName) {
			return EXPRESSION_OBJECT_NAME.equals(expressionObjectName) ? this.format : null;
		}

		@Override
		public boolean isCacheable(String expressionObjectName) {
			return true;
		}

	}

}
