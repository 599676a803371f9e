"""Reports what happened to each order."""


def report_failure(order_id, error):
    print("order " + order_id + " failed: " + str(error))


def report_done(order_id, millis):
    print("order " + order_id + " done in " + str(millis) + " ms")
