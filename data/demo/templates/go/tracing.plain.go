package {{package}}

import "context"

// ReserveStock reserves quantity units of sku.
func ReserveStock(ctx context.Context, sku string, quantity int, reserve func(context.Context) error) error {
	if quantity <= 0 {
		return nil
	}
	return reserve(ctx)
}
