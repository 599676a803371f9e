package com.acme.{{package}};

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the upstream pricing service until it answers. */
public final class UpstreamClient {
  private final HttpClient client = HttpClient.newHttpClient();

  public String fetch(URI uri) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).GET().build();
    while (true) {
      try {
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
      } catch (IOException e) {
        Thread.sleep(1000);
      }
    }
  }
}
