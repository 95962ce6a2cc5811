package th.go.cdd.fastdata.app;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

import th.go.cdd.fastdata.organisation.CurrentUsers;

@Configuration
class WebConfiguration implements WebMvcConfigurer {

	private final CurrentUsers currentUsers;

	WebConfiguration(CurrentUsers currentUsers) {
		this.currentUsers = currentUsers;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AccountStateInterceptor(this.currentUsers))
			.addPathPatterns("/**")
			.excludePathPatterns("/login", "/logout", "/error", "/css/**", "/js/**", "/fonts/**", "/img/**",
					"/webjars/**", "/actuator/**");
	}

	/**
	 * Static files from their own folders only (spring.web.resources.add-mappings=false). Boot's default
	 * maps "/**" to them, and with the WebJars resource chain every link a page builds
	 * ({@code @{/womenfund/projects(…)}}) was looked up as a file in the jar first: the overview's table
	 * of a country's 928 districts took 3 seconds of such lookups (bench/README.md).
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js", "fonts", "img" }) {
			registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/");
		}
		// versionless WebJar paths (/webjars/htmx.org/dist/htmx.min.js) need the WebJars resolver
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
