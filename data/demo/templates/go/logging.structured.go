package {{package}}

import "log/slog"

// ReportFailure logs a failed order with its id and error as fields.
func ReportFailure(logger *slog.Logger, orderID string, err error) {
	logger.Error("order failed", "order_id", orderID, "error", err)
}

// ReportDone logs a completed order with its id and latency as fields.
func ReportDone(logger *slog.Logger, orderID string, millis int64) {
	logger.Info("order done", "order_id", orderID, "millis", millis)
}
