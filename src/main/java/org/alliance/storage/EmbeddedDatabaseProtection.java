package org.alliance.storage;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes the embedded H2 database private to the account that runs Alliance, before the
 * first connection is made: its folder {@code rwx------}, its files {@code rw-------},
 * and its database account protected by a generated password (see
 * {@link EmbeddedDatabaseAccount}) unless {@code spring.datasource.password} names one.
 * <p>
 * Why: the database holds clinical data and the audit trail. With no database port open
 * (the default URL has no {@code AUTO_SERVER}), only a process that can read the files
 * can reach it, and only the owner can read them.
 */
@Component
class EmbeddedDatabaseProtection implements BeanPostProcessor {

	private volatile EmbeddedDatabase database;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSourceProperties properties) {
			EmbeddedDatabase.of(properties.getUrl()).ifPresent((found) -> protect(found, properties));
		}
		else if (bean instanceof DataSource dataSource && this.database != null) {
			restrictFilesOnceCreated(dataSource);
		}
		return bean;
	}

	private void protect(EmbeddedDatabase found, DataSourceProperties properties) {
		this.database = found;
		OwnerOnlyFiles.folder(found.folder());
		OwnerOnlyFiles.restrictFilesIn(found.folder());
		if (!StringUtils.hasLength(properties.getPassword())) {
			String user = properties.determineUsername();
			properties.setPassword(EmbeddedDatabaseAccount.password(found, properties.getUrl(), user));
		}
	}

	/** H2 creates its files with the process's umask at the first connection. */
	private void restrictFilesOnceCreated(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			OwnerOnlyFiles.restrictFilesIn(this.database.folder());
		}
		catch (SQLException ex) {
			throw new DataAccessResourceFailureException(
					"Cannot open the embedded database " + this.database.dataFile() + ": " + ex.getMessage(), ex);
		}
	}

}
