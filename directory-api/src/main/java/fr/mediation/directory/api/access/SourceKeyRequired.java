package fr.mediation.directory.api.access;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated resource (class or method) answers only a request carrying, as {@code
 * Authorization: Bearer <key>}, the push key of the source its path's {@code {id}} names (or of a
 * source publishing the venue it names), or the administrator's key: 401 without a key or with an
 * unknown one, 403 with another source's. Checked by {@link KeyFilters.Source} before the method
 * runs; when the path's source or venue does not exist, the method itself answers 404.
 */
@NameBinding
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface SourceKeyRequired {

  /** What the path's {@code {id}} names. */
  Subject value() default Subject.SOURCE;

  /** Whether the administrator's key is let through too (not for a push: a hub writes its own). */
  boolean admin() default true;

  /** What a path's {@code {id}} names, and so which sources' keys are let through. */
  enum Subject {
    /** A source: its own key. */
    SOURCE,
    /** A venue: the key of any source publishing it. */
    VENUE
  }
}
