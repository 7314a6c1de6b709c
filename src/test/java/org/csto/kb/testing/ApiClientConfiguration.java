package org.csto.kb.testing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * The {@link Api} of a test that runs the application on a port. Lazy, since the port is
 * known only once the server has started, after the beans are made.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiClientConfiguration {

	@Bean
	@Lazy
	Api api(@Value("${local.server.port}") int port) {
		return new Api(port);
	}

}
