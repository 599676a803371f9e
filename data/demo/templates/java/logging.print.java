package com.acme.{{package}};

/** Records the outcome of each request. */
public final class RequestAudit {
  public void recordFailure(String orderId, Exception error) {
    System.out.println("request failed for order " + orderId + ": " + error.getMessage());
    error.printStackTrace();
  }

  public void recordSuccess(String orderId, long millis) {
    System.out.println("order " + orderId + " done in " + millis + " ms");
  }
}
