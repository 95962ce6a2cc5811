package th.go.cdd.fastdata;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The modules depend on each other only through their APIs, without cycles. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(FastDataApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

}
