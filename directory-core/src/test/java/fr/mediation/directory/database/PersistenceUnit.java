package fr.mediation.directory.database;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The persistence unit of {@code META-INF/persistence.xml} (its entities and its settings of
 * Hibernate Search) on a migrated H2 database in memory, for tests of the mapping itself.
 */
final class PersistenceUnit {

  private PersistenceUnit() {}

  /**
   * A configuration of the unit's entities on the migrated database {@code name}, with the unit's
   * own settings of Hibernate Search (its analysers and index mapping) and an index in memory.
   */
  static HibernatePersistenceConfiguration configuration(String name) throws Exception {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    DatabaseMigrations.migrate(db);
    Document unit = document();
    List<Class<?>> entities = new ArrayList<>();
    NodeList classes = unit.getElementsByTagNameNS("*", "class");
    for (int i = 0; i < classes.getLength(); i++) {
      entities.add(Class.forName(classes.item(i).getTextContent().trim()));
    }
    if (entities.isEmpty()) {
      throw new IllegalStateException("persistence.xml lists no entity");
    }
    HibernatePersistenceConfiguration configuration =
        new HibernatePersistenceConfiguration(name)
            .managedClasses(entities)
            .jdbcUrl(db.getURL())
            .property("hibernate.search.backend.type", "lucene")
            .property("hibernate.search.backend.directory.type", "local-heap");
    NodeList properties = unit.getElementsByTagNameNS("*", "property");
    for (int i = 0; i < properties.getLength(); i++) {
      Element property = (Element) properties.item(i);
      if (property.getAttribute("name").startsWith("hibernate.search.")) {
        configuration.property(property.getAttribute("name"), property.getAttribute("value"));
      }
    }
    return configuration;
  }

  private static Document document() throws Exception {
    try (InputStream in = PersistenceUnit.class.getResourceAsStream("/META-INF/persistence.xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(in);
    }
  }
}
