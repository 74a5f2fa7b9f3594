package fr.mediation.directory.api.problem;

import fr.mediation.directory.message.Message;
import jakarta.ws.rs.NotFoundException;

/** 404 for a resource the API knows the kind of but not this one; the detail says which. */
public class ResourceNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  private final String detailFr;

  public ResourceNotFoundException(String message, String detailFr) {
    super(message);
    this.detailFr = detailFr;
  }

  /** What was not found, in English (logs) and French (the answer's detail). */
  public ResourceNotFoundException(Message message) {
    this(message.en(), message.fr());
  }

  /** What was not found, in French. */
  public String detailFr() {
    return detailFr;
  }
}
