package fr.mediation.directory.database;

import org.hibernate.resource.beans.container.spi.BeanContainer;
import org.hibernate.resource.beans.container.spi.ContainedBean;
import org.hibernate.resource.beans.spi.BeanInstanceProducer;

/**
 * Hibernate's beans (the entities' attribute converters, Hibernate Search's configurers) made by
 * plain instantiation rather than looked up in CDI: none needs injection, and Hibernate Search's
 * background threads (outbox event processors, mass indexing), which are not the server's managed
 * threads, cannot reach the server's CDI container.
 */
public class PlainBeans implements BeanContainer {

  @Override
  public <B> ContainedBean<B> getBean(
      Class<B> beanType, LifecycleOptions lifecycleOptions, BeanInstanceProducer fallbackProducer) {
    B instance = fallbackProducer.produceBeanInstance(beanType);
    return new Plain<>(instance, beanType);
  }

  @Override
  public <B> ContainedBean<B> getBean(
      String name,
      Class<B> beanType,
      LifecycleOptions lifecycleOptions,
      BeanInstanceProducer fallbackProducer) {
    B instance = fallbackProducer.produceBeanInstance(name, beanType);
    return new Plain<>(instance, beanType);
  }

  @Override
  public void stop() {}

  private record Plain<B>(B instance, Class<B> type) implements ContainedBean<B> {
    @Override
    public B getBeanInstance() {
      return instance;
    }

    @Override
    public Class<B> getBeanClass() {
      return type;
    }
  }
}
