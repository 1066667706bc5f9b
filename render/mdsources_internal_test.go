package render

import (
	"fmt"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/timelinehq/timeline/timeline"
)

// oldMDSources is the Sources section's items and link destinations as
// writeMarkdown made them one source after another: the oracle of
// TestMDSourcesOracle.
func oldMDSources(ss []timeline.Source) (items, defs []string) {
	for i := range ss {
		s := newMDSource(&ss[i])
		if dest, ok := linkDest(s.URL); ok {
			defs = append(defs, dest)
			s.ref = "[" + strconv.Itoa(len(defs)) + "]"
		}
		items = append(items, s.item())
	}
	return items, defs
}

// newMDSources, in chunks of any size on several goroutines, numbers the
// links in source order as the one-by-one loop did: sources with http and
// https URLs, other schemes, URLs that are no links, none, and IDs given
// twice.
func TestMDSourcesOracle(t *testing.T) {
	urls := []string{"", "https://example.com/a", "ftp://example.com/b", "http://example.com/c d", "not a url", "http://", "HTTPS://EXAMPLE.COM/(x)"}
	var ss []timeline.Source
	for i := range 100 {
		ss = append(ss, timeline.Source{
			ID:        fmt.Sprint("d", i%37),
			Title:     fmt.Sprint("Title ", i),
			Published: time.Date(2016, 8, 1+i%28, 0, 0, 0, 0, time.UTC),
			URL:       urls[i%len(urls)],
			Events:    i % 3,
		})
	}
	wantItems, wantDefs := oldMDSources(ss)
	for _, c := range []chunking{{size: 1 << 30, jobs: 1}, {size: 1, jobs: 4}, {size: 7, jobs: 3}} {
		list, defs := newMDSources(ss, c)
		var items []string
		for _, s := range list {
			items = append(items, s.item())
		}
		if !slices.Equal(items, wantItems) || !slices.Equal(defs, wantDefs) {
			t.Errorf("chunks of %d on %d goroutines: items or links differ", c.size, c.jobs)
		}
	}
}
