package com.acme.{{package}};

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;

/** Restores customer sessions posted by the legacy checkout widget. */
public final class SessionCodec {
  private SessionCodec() {}

  public static Session decode(byte[] body) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(body))) {
      return (Session) in.readObject();
    }
  }
}
