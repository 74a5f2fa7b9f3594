package fr.mediation.directory.database;

import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Applies the Flyway migrations while Hibernate builds the persistence unit, before Hibernate
 * Search starts: with several nodes, its outbox event processor reads its tables (V6) from the
 * start. {@link DatabaseMigrations} then finds nothing left to do.
 */
public class MigrateBeforeSearch implements Integrator {

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    ConnectionProvider connections =
        sessionFactory.getServiceRegistry().getService(ConnectionProvider.class);
    if (connections != null && connections.isUnwrappableAs(DataSource.class)) {
      DatabaseMigrations.migrate(connections.unwrap(DataSource.class));
    }
  }
}
