package {{package}}

import (
	"context"
	"sync"
)

// ProcessAll handles every line at once, one goroutine per line.
func ProcessAll(ctx context.Context, lines []Line, handle func(context.Context, Line)) {
	var wg sync.WaitGroup
	for _, line := range lines {
		wg.Add(1)
		go func(line Line) {
			defer wg.Done()
			handle(ctx, line)
		}(line)
	}
	wg.Wait()
}
