package th.go.cdd.fastdata.app;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What /v3/api-docs says of the API as a whole: its purpose, dates, errors and sign-in. */
@Configuration
class ApiDocumentation {

	@Bean
	OpenAPI fastDataOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Fast Data API")
				.version("v1")
				.description("ระบบลูกหนี้กองทุนพัฒนาบทบาทสตรีและข้อมูลชุมชน. Dates are ISO (C.E., 2026-11-24); amounts are "
						+ "decimals; errors are RFC 9457 application/problem+json with an 'errors' list of {field, message} "
						+ "in Thai. Every call sees only the districts of the signed-in user."))
			.components(new Components().addSecuritySchemes("basic",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
			.addSecurityItem(new SecurityRequirement().addList("basic"));
	}

}
