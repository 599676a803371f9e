"""Reports what happened to each order, with the order as a log field."""
import logging

log = logging.getLogger(__name__)


def report_failure(order_id, error):
    log.error("order %s failed", order_id, extra={"order_id": order_id}, exc_info=error)


def report_done(order_id, millis):
    log.info("order %s done in %d ms", order_id, millis, extra={"order_id": order_id})
