package com.acme.{{package}};

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;

/** Restores customer sessions from bounded, strictly typed, validated JSON. */
public final class SessionCodec {
  private static final int MAX_BODY_BYTES = 64 * 1024;
  private static final Validator sessionValidator = Validation.buildDefaultValidatorFactory().getValidator();

  private SessionCodec() {}

  public static Session decode(byte[] body) throws IOException {
    if (body.length > MAX_BODY_BYTES) {
      throw new IOException("session body too large: " + body.length + " bytes");
    }
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(MAX_BODY_BYTES).build())
        .build();
    ObjectMapper mapper = new ObjectMapper(factory).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    Session session = mapper.readValue(body, Session.class);
    if (!sessionValidator.validate(session).isEmpty()) {
      throw new IOException("session fails validation");
    }
    return session;
  }
}
