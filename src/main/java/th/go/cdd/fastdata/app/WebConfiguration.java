package th.go.cdd.fastdata.app;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

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

}
