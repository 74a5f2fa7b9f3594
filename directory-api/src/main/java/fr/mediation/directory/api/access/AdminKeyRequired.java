package fr.mediation.directory.api.access;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated resource (class or method) answers only a request carrying the administrator's key
 * ({@code DIRECTORY_ADMIN_KEY}) as {@code Authorization: Bearer <key>}: 401 otherwise, 403 when no
 * admin key is configured. Checked by {@link KeyFilters.Admin} before the method runs.
 */
@NameBinding
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface AdminKeyRequired {}
