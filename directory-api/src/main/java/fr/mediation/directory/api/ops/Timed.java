package fr.mediation.directory.api.ops;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Times the calls of a method into {@link Metrics}: added by {@link TimedMethods} to the methods it
 * names, so that the timed services need not know about metrics.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Timed {

  /** The annotation as a value, for {@link TimedMethods}. */
  final class Literal extends AnnotationLiteral<Timed> implements Timed {
    static final Literal INSTANCE = new Literal();
  }
}
