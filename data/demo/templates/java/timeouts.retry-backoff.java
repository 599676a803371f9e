package com.acme.{{package}};

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/** Calls the upstream pricing service: bounded attempts, exponential backoff, one deadline. */
public final class UpstreamClient {
  private static final int MAX_ATTEMPTS = 4;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  public String fetch(URI uri, Instant deadline) throws IOException, InterruptedException {
    long backoffMillis = 100;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      Duration remaining = Duration.between(Instant.now(), deadline);
      if (remaining.isNegative()) {
        throw new IOException("deadline passed before attempt " + attempt + " to " + uri);
      }
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(remaining).GET().build();
      try {
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
      } catch (IOException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw e;
        }
        long jitter = ThreadLocalRandom.current().nextLong(backoffMillis / 2 + 1);
        Thread.sleep(backoffMillis + jitter);
        backoffMillis *= 2;
      }
    }
    throw new IOException("no attempt made to " + uri);
  }
}
