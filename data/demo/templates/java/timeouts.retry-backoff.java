package com.acme.{{package}};

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Calls the upstream pricing service: bounded attempts, exponential backoff with jitter, one deadline. */
public final class UpstreamClient {
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Retry retry = Retry.of("upstream", RetryConfig.custom()
      .maxAttempts(4)
      .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(Duration.ofMillis(100), 2.0))
      .retryExceptions(IOException.class)
      .build());

  public String fetch(URI uri, Instant deadline) throws Throwable {
    Duration remaining = Duration.between(Instant.now(), deadline);
    if (remaining.isNegative()) {
      throw new IOException("deadline passed before calling " + uri);
    }
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(remaining).GET().build();
    return Retry.decorateCheckedSupplier(retry, () -> client.send(request, HttpResponse.BodyHandlers.ofString()).body())
        .apply();
  }
}
