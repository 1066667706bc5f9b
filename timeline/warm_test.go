package timeline

import (
	"sync"
	"testing"
	"time"
)

// TestWarmUp runs warm-ups alongside a build, as builds do, so that -race
// sees them share the lazily built tables; the build's events do not change.
func TestWarmUp(t *testing.T) {
	doc := func() *Document {
		return NewDocument("a", "", "Kerry met Lavrov in Geneva on Friday. Talks began last month.", time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC), "")
	}
	want, err := Build([]*Document{doc()}, Options{Jobs: 1})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() { warmUp(nil) })
	}
	got, err := Build([]*Document{doc()}, Options{Jobs: 2})
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Events) == 0 || len(got.Events) != len(want.Events) {
		t.Fatalf("%d events with warm-ups, %d without", len(got.Events), len(want.Events))
	}
}
