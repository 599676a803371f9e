package {{package}}

import (
	"context"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
)

// ReserveStock reserves quantity units of sku inside a span that records failures.
func ReserveStock(ctx context.Context, sku string, quantity int, reserve func(context.Context) error) error {
	if quantity <= 0 {
		return nil
	}
	ctx, span := otel.Tracer("{{service}}").Start(ctx, "reserve-stock")
	defer span.End()
	span.SetAttributes(attribute.Int("quantity", quantity))
	if err := reserve(ctx); err != nil {
		span.RecordError(err)
		span.SetStatus(codes.Error, "reserve failed")
		return err
	}
	return nil
}
