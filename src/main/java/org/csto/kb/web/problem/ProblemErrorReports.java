package org.csto.kb.web.problem;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** Installs {@link ProblemErrorReportValve} in Tomcat. */
@Configuration(proxyBeanMethods = false)
class ProblemErrorReports {

	/**
	 * Requests Tomcat rejects before the servlet get the same problem format as the rest:
	 * the error report valve already in the host's pipeline is replaced (and the host
	 * told, so it does not add its own again on start). Ordered last, to run after Boot's
	 * own customizer, which installs the valve being replaced.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
		return factory -> factory.addContextCustomizers(context -> {
			Pipeline pipeline = context.getParent().getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new ProblemErrorReportValve());
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		});
	}

}
