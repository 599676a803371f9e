package com.acme.{{package}};

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Restores customer sessions from bounded, strictly typed JSON. */
public final class SessionCodec {
  private static final int MAX_BODY_BYTES = 64 * 1024;
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static {
    MAPPER.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(MAX_BODY_BYTES).build());
  }

  private SessionCodec() {}

  public static Session decode(byte[] body) throws IOException {
    if (body.length > MAX_BODY_BYTES) {
      throw new IOException("session body too large: " + body.length + " bytes");
    }
    Session session = MAPPER.readValue(body, Session.class);
    session.validate();
    return session;
  }
}
