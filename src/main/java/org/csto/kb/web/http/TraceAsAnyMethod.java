package org.csto.kb.web.http;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * TRACE answered as any other method a path does not take: a 405 problem whose
 * {@code Allow} lists the path's methods. Tomcat would answer it itself, listing every
 * method a servlet could take, and a servlet that dispatches it would still echo the
 * request after the answer, as {@code HttpServlet.doTrace} does.
 */
@Configuration(proxyBeanMethods = false)
class TraceAsAnyMethod {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> traceReachesTheServlet() {
		return factory -> factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
	}

	/** Boot's dispatcher servlet, configured as Boot configures it, but for TRACE. */
	@Bean(name = DispatcherServletAutoConfiguration.DEFAULT_DISPATCHER_SERVLET_BEAN_NAME)
	DispatcherServlet dispatcherServlet(WebMvcProperties properties) {
		DispatcherServlet servlet = new NoEchoDispatcherServlet();
		servlet.setDispatchOptionsRequest(properties.isDispatchOptionsRequest());
		servlet.setDispatchTraceRequest(true);
		servlet.setPublishEvents(properties.isPublishRequestHandledEvents());
		servlet.setEnableLoggingRequestDetails(properties.isLogRequestDetails());
		return servlet;
	}

	static final class NoEchoDispatcherServlet extends DispatcherServlet {

		@Override
		protected void doTrace(HttpServletRequest request, HttpServletResponse response)
				throws ServletException, IOException {
			processRequest(request, response);
		}

	}

}
