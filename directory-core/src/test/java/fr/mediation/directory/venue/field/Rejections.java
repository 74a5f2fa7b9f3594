package fr.mediation.directory.venue.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helper: runs code expected to reject a value and returns the exception. */
final class Rejections {

  private Rejections() {}

  /** The {@link InvalidFieldException} thrown by {@code call}; fails when none is thrown. */
  static InvalidFieldException rejection(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(InvalidFieldException.class);
    InvalidFieldException exception = (InvalidFieldException) thrown;
    assertThat(exception.expected()).as("English expectation").isNotBlank();
    assertThat(exception.expectedFr()).as("French expectation").isNotBlank();
    return exception;
  }
}
