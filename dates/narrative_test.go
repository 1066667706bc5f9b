package dates

import (
	"testing"
	"time"
)

// TestNarrativeAnchors checks how a narrative reads dates without a year
// against the dates told before them.
func TestNarrativeAnchors(t *testing.T) {
	anchor := time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC) // a download date, not a publication date
	tests := []struct {
		text, phrase, want string
	}{
		// A month after a year named on its own lies in that year.
		{"In 1940, the navy grew. In September, the United States agreed to a trade.", "September", "1940-09"},
		{"The war spread in 1941. By early December, reserves had arrived.", "early December", "1941-12"},
		// After a day, the nearest occurrence around it.
		{"The siege began on October 5, 1918. In November, the armistice came.", "November", "1918-11"},
		{"The army crossed the river in 1777. Later that year, it went into winter quarters.", "Later that year", "1777"},
	}
	for _, tt := range tests {
		var got string
		for _, m := range New().TagDoc(tt.text, anchor, Narrative) {
			if m.Text == tt.phrase {
				got = m.Value.Value
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q = %q, want %q", tt.text, tt.phrase, got, tt.want)
		}
	}
}
