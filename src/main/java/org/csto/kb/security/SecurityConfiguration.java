package org.csto.kb.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * Who may write. Reads pass no security filter at all: this chain covers only the
 * curation's paths and signing in and out. Scripts send HTTP Basic credentials on each
 * request and need no CSRF token; the explorer signs in with a form, holds a session
 * cookie, and sends the CSRF token from the {@code XSRF-TOKEN} cookie with every write.
 * Accounts come from configuration or an OpenID Connect provider; the repository holds
 * none.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountProperties.class)
public class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	static final String PROPOSALS = "/api/v1/proposals";

	static final String ACCOUNT = "/api/v1/account";

	/**
	 * The paths Spring Security guards, as servlet URL patterns: the filter is registered
	 * on these alone, so that a read passes no security filter (they cost event filters a
	 * sixth of their CPU, mostly in the request wrapper every later filter reads
	 * through).
	 */
	static final List<String> GUARDED = List.of(PROPOSALS, PROPOSALS + "/*", ACCOUNT, "/login", "/logout", "/oauth2/*",
			"/login/oauth2/*");

	@Bean
	static BeanPostProcessor securityFilterOnGuardedPathsOnly() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof DelegatingFilterProxyRegistrationBean registration
						&& name.equals("securityFilterChainRegistration")) {
					registration.setUrlPatterns(GUARDED);
				}
				return bean;
			}
		};
	}

	@Bean
	SecurityFilterChain curationSecurity(HttpSecurity http, AccountProperties properties,
			ObjectProvider<ClientRegistrationRepository> oidc) {
		SecurityProblems problems = new SecurityProblems();
		// The same paths as a path pattern matches them ("/x/**", like the servlet's
		// "/x/*",
		// takes "/x" too), for where the chain is applied to every request (MockMvc's).
		http.securityMatcher(
				GUARDED.stream().map(path -> path.endsWith("/*") ? path + "*" : path).toArray(String[]::new))
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.POST, PROPOSALS + "/*/publish", PROPOSALS + "/*/reject")
				.hasRole(Roles.REVIEWER)
				.requestMatchers(PROPOSALS, PROPOSALS + "/**")
				.hasRole(Roles.CURATOR)
				.requestMatchers(ACCOUNT)
				.authenticated()
				.anyRequest()
				.permitAll())
			.httpBasic(basic -> basic.realmName(SecurityProblems.REALM).authenticationEntryPoint(problems))
			.formLogin(form -> form.loginProcessingUrl("/login")
				.successHandler((request, response, authentication) -> AccountController.write(response,
						Account.of(authentication)))
				.failureHandler(problems))
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessHandler(
						(request, response, authentication) -> response.setStatus(HttpServletResponse.SC_NO_CONTENT)))
			.csrf(csrf -> csrf.spa().requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.requestCache(cache -> cache.disable())
			// The API's own headers are written for every response; here only that
			// nothing
			// for one account is stored.
			.headers(headers -> headers.defaultsDisabled().cacheControl(Customizer.withDefaults()));
		if (oidc.getIfAvailable() != null) {
			http.oauth2Login(login -> login
				.userInfoEndpoint(
						userInfo -> userInfo.userAuthoritiesMapper(rolesFromClaim(properties.oidcRolesClaim())))
				.failureHandler(problems));
		}
		return http.build();
	}

	/**
	 * A write needs the CSRF token when a browser's cookies could authenticate it: not
	 * when it carries HTTP Basic credentials (which no browser sends on its own to this
	 * API, which never asks a browser for them), and not when it has no session (it is
	 * then answered 401). Signing in and out always needs it.
	 */
	private static boolean needsCsrfToken(HttpServletRequest request) {
		String method = request.getMethod();
		if (HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method)
				|| HttpMethod.TRACE.matches(method)) {
			return false;
		}
		String authorization = request.getHeader("Authorization");
		if (authorization != null && StringUtils.startsWithIgnoreCase(authorization, "Basic ")) {
			return false;
		}
		String path = request.getRequestURI();
		return request.getRequestedSessionId() != null || path.equals("/login") || path.equals("/logout");
	}

	/**
	 * Spring Security's firewall sees every request, reads included, and would answer a
	 * method it does not know (TRACE, or any extension method) with a bare 400: the API
	 * answers those itself, with a 405 problem that names the methods it takes.
	 */
	@Bean
	static HttpFirewall firewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setUnsafeAllowAnyHttpMethod(true);
		return firewall;
	}

	/** A reviewer holds what a curator holds. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix().role(Roles.REVIEWER).implies(Roles.CURATOR).build();
	}

	/**
	 * The configured accounts. With none, every write answers 401, and the start-up log
	 * says how to add one.
	 */
	@Bean
	UserDetailsService accounts(AccountProperties properties, ObjectProvider<ClientRegistrationRepository> oidc) {
		List<UserDetails> users = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < properties.accounts().size(); i++) {
			AccountProperties.Account account = properties.accounts().get(i);
			String at = "kb.security.accounts[" + i + "]";
			if (!StringUtils.hasText(account.name()) || !names.add(account.name())) {
				throw new IllegalStateException(at + ".name must be given, and given once");
			}
			if (account.password() == null || !account.password().matches("\\{[a-z0-9]+}.+")) {
				throw new IllegalStateException(at + ".password must be encoded as Spring Security encodes it, "
						+ "{bcrypt}$2a$10$... (or {noop}... in a test)");
			}
			List<String> roles = account.roles().stream().map(Roles::of).toList();
			if (roles.isEmpty() || roles.contains(null)) {
				throw new IllegalStateException(
						at + ".roles must be one or more of " + Roles.ALL + "; got " + account.roles());
			}
			users.add(User.withUsername(account.name())
				.password(account.password())
				.roles(roles.toArray(String[]::new))
				.build());
		}
		if (users.isEmpty() && oidc.getIfAvailable() == null) {
			log.warn("No account is configured, so every write answers 401. Add one with kb.security.accounts[0].name, "
					+ ".password (in Spring Security's {{bcrypt}} form) and .roles (CURATOR or REVIEWER), or sign in "
					+ "through OpenID Connect: see the README, \"Curating\"");
		}
		return new InMemoryUserDetailsManager(users);
	}

	/**
	 * An OpenID Connect user's roles, from a claim of its token or user info that lists
	 * them ({@code "roles": ["CURATOR"]}); names other than the curation's roles are
	 * ignored.
	 */
	static GrantedAuthoritiesMapper rolesFromClaim(String claim) {
		return authorities -> {
			Set<GrantedAuthority> mapped = new HashSet<>();
			for (GrantedAuthority authority : authorities) {
				Object value = authority instanceof OidcUserAuthority user ? user.getAttributes().get(claim)
						: authority instanceof OAuth2UserAuthority user ? user.getAttributes().get(claim) : null;
				Collection<?> names = value instanceof Collection<?> list ? list
						: value instanceof String text ? List.of(text.split("[ ,]+")) : List.of();
				names.stream()
					.map(name -> Roles.of(String.valueOf(name)))
					.filter(role -> role != null)
					.forEach(role -> mapped.add(new SimpleGrantedAuthority(Roles.authority(role))));
			}
			return mapped;
		};
	}

}
