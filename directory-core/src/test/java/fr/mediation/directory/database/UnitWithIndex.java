package fr.mediation.directory.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The persistence unit ({@link PersistenceUnit}) with its search index in memory, for one test
 * class: {@code @RegisterExtension static final UnitWithIndex unit = new UnitWithIndex("name");}.
 */
public final class UnitWithIndex implements BeforeAllCallback, AfterAllCallback {

  private final String name;
  private EntityManagerFactory factory;

  public UnitWithIndex(String name) {
    this.name = name;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    factory =
        PersistenceUnit.configuration(name)
            .property("hibernate.search.schema_management.strategy", "drop-and-create")
            .createEntityManagerFactory();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    factory.close();
  }

  /** A new entity manager, to close. */
  public EntityManager entityManager() {
    return factory.createEntityManager();
  }

  /** Runs {@code work} in a transaction of its own, committed. */
  public void inTransaction(Consumer<EntityManager> work) {
    try (EntityManager em = factory.createEntityManager()) {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    }
  }

  /** The factory, for what the unit's mapping says of itself. */
  public EntityManagerFactory factory() {
    return factory;
  }
}
