package org.csto.kb.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts every connection taken from the pool, to prove that a search reads only the
 * index.
 */
public class ConnectionCounter implements BeanPostProcessor {

	private final AtomicLong count = new AtomicLong();

	public long count() {
		return count.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof DataSource dataSource)) {
			return bean;
		}
		return new DelegatingDataSource(dataSource) {

			@Override
			public Connection getConnection() throws SQLException {
				count.incrementAndGet();
				return super.getConnection();
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				count.incrementAndGet();
				return super.getConnection(username, password);
			}

		};
	}

}
