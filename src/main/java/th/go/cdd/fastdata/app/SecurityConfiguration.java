package th.go.cdd.fastdata.app;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three filter chains: the JSON API (HTTP Basic or the browser session), actuator (health
 * public, metrics for administrators) and the pages (form login, CSRF on every form).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	/** Pages may load only what this server serves: no CDN, no inline script. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
			+ " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
			+ " form-action 'self'; frame-ancestors 'none'";

	/** A request that carries its own credentials: stateless, so it needs no CSRF token. */
	static final RequestMatcher BASIC_AUTH = request -> {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	};

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, and stored hashes say their algorithm, so a later switch (Argon2) needs no reset
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Bean
	ThrottledAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new ThrottledAuthenticationProvider(passwords, throttle);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint()))
			.csrf(csrf -> csrf.ignoringRequestMatchers(BASIC_AUTH))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(apiEntryPoint()));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain actuator(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint()))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	/**
	 * Swagger UI (administrators only) styles itself inline, so its pages alone allow inline
	 * styles; scripts still come only from this server.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain apiDocumentationPages(HttpSecurity http) throws Exception {
		http.securityMatcher("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**", "/v3/api-docs")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/v3/api-docs/**", "/v3/api-docs")
				.authenticated()
				.anyRequest()
				.hasRole("ADMIN"))
			.formLogin(form -> form.loginPage("/login"))
			.httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY.replace("style-src 'self';",
						"style-src 'self' 'unsafe-inline';")))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/error", "/css/**", "/js/**", "/fonts/**", "/img/**", "/webjars/**",
					"/favicon.ico")
			.permitAll()
			// the public page of measures and forms (womenfund/forms): reading only, no personal data
			.requestMatchers(org.springframework.http.HttpMethod.GET, "/public", "/public/**")
			.permitAll()
			.requestMatchers(org.springframework.http.HttpMethod.HEAD, "/public", "/public/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/").failureUrl("/login?error"))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			// a new session id at sign-in: a session id planted before sign-in is worthless after it
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		headers(http);
		return http.build();
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("geolocation=(self), camera=(self), microphone=()"))
			.frameOptions(frame -> frame.deny()));
	}

	private static BasicAuthenticationEntryPoint apiEntryPoint() {
		BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
		entryPoint.setRealmName("Fast Data");
		return entryPoint;
	}

}
