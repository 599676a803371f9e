package {{package}}

import (
	"context"

	"golang.org/x/sync/errgroup"
)

const maxInFlight = 16

// ProcessAll handles the lines with at most maxInFlight at a time.
func ProcessAll(ctx context.Context, lines []Line, handle func(context.Context, Line)) error {
	group, ctx := errgroup.WithContext(ctx)
	group.SetLimit(maxInFlight)
	for _, line := range lines {
		line := line
		group.Go(func() error {
			handle(ctx, line)
			return nil
		})
	}
	return group.Wait()
}
