package dates

import (
	"slices"
	"strings"
	"testing"
)

// TestEraTriggers checks that every spelling of an era in data/eras.txt
// holds a word that tries the era rules.
func TestEraTriggers(t *testing.T) {
	for era := range lex().eras {
		found := false
		for _, w := range strings.FieldsFunc(era, func(r rune) bool { return r == '.' }) {
			found = found || slices.Contains(eraTriggers, w)
		}
		if !found {
			t.Errorf("no word of %q is among eraTriggers %q", era, eraTriggers)
		}
	}
}

// TestEraRangeEnd checks how the first of a range takes the era of its
// end: only from an end written as eras are, and later in time.
func TestEraRangeEnd(t *testing.T) {
	tests := []struct {
		after   string
		n, what int
		bc, ok  bool
	}{
		{"-493 BC)", 499, rangeOfYears, true, true},
		{"–493 B.C.", 499, rangeOfYears, true, true},
		{" to 241 BC.", 264, rangeOfYears, true, true},
		{" and 495 BC", 496, rangeOfYears, true, true},
		{" to 499 BC", 493, rangeOfYears, true, false}, // years BC count back
		{"-476 AD", 410, rangeOfYears, false, true},
		{"-400 AD", 410, rangeOfYears, false, false},
		{" to 493 bc", 499, rangeOfYears, false, false}, // not an era in lower case
		{" to 493 points", 499, rangeOfYears, false, false},
		{" and 450s BC", 46, rangeOfDecades, true, true},
		{" and 4th centuries BC", 5, rangeOfCenturies, true, true},
		{" to the sixth century BC", 8, rangeOfCenturies, true, true},
		{" to the 4th century AD", 2, rangeOfCenturies, false, true},
		{" to the 4th century", 5, rangeOfCenturies, false, false},
	}
	for _, tt := range tests {
		bc, ok := eraRangeEnd(tt.after, tt.n, tt.what)
		if ok != tt.ok || ok && bc != tt.bc {
			t.Errorf("eraRangeEnd(%q, %d, %d) = %v, %v; want %v, %v", tt.after, tt.n, tt.what, bc, ok, tt.bc, tt.ok)
		}
	}
}
