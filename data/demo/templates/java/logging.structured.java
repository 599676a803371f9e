package com.acme.{{package}};

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Records the outcome of each request, with the order in the log context. */
public final class RequestAudit {
  private static final Logger log = LoggerFactory.getLogger(RequestAudit.class);

  public void recordFailure(String orderId, Exception error) {
    MDC.put("order_id", orderId);
    try {
      log.error("request failed for order {}", orderId, error);
    } finally {
      MDC.remove("order_id");
    }
  }

  public void recordSuccess(String orderId, long millis) {
    log.info("order {} done in {} ms", orderId, millis);
  }
}
