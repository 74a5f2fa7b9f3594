package fr.mediation.directory.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * The schema the Flyway migrations build is the one Hibernate maps: an entity's column or table
 * without its migration fails here, not only in the integration tests on a started server.
 */
class SchemaMatchesEntitiesTest {

  @Test
  void everyEntityOfThePersistenceUnitMatchesTheMigratedSchema() throws Exception {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:schema-validation;DB_CLOSE_DELAY=-1");
    DatabaseMigrations.migrate(db);
    List<Class<?>> entities = persistenceUnitClasses();
    assertThat(entities).isNotEmpty();

    // Hibernate's validation throws, naming the missing table or column and its entity.
    try (EntityManagerFactory factory =
        new HibernatePersistenceConfiguration("schema-validation")
            .managedClasses(entities)
            .jdbcUrl(db.getURL())
            .property("hibernate.hbm2ddl.auto", "validate")
            // The directory's entities; the index has its own check (IndexLayoutSnapshotTest).
            .property("hibernate.search.enabled", "false")
            .createEntityManagerFactory()) {
      assertThat(factory.isOpen()).isTrue();
    }
  }

  /** The classes the persistence unit lists in META-INF/persistence.xml, every entity. */
  private static List<Class<?>> persistenceUnitClasses() throws Exception {
    List<Class<?>> classes = new ArrayList<>();
    try (InputStream in =
        SchemaMatchesEntitiesTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      NodeList names = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "class");
      for (int i = 0; i < names.getLength(); i++) {
        classes.add(Class.forName(names.item(i).getTextContent().trim()));
      }
    }
    return classes;
  }
}
