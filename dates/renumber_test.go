package dates

import (
	"os"
	"strings"
	"testing"
	"time"
)

// A text longer than renumberWords words is tagged as its parts are: find
// numbers its words from 0 again now and then, and every copy of the seed
// article in a long text gives the same phrases by the same rules.
func TestLongTextRenumbers(t *testing.T) {
	seed, err := os.ReadFile("../testdata/geneva-2016-08-26.txt")
	if err != nil {
		t.Fatal(err)
	}
	unit := string(seed) + "\n\n"
	copies := 3*renumberWords/len(strings.Fields(unit)) + 2 // past the renumbering three times
	text := strings.Repeat(unit, copies)
	ms := New().Tag(text, time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC))
	type span struct {
		start, end int
		rule       string
	}
	per := make([][]span, copies)
	for _, m := range ms {
		c := m.Start / len(unit)
		per[c] = append(per[c], span{m.Start - c*len(unit), m.End - c*len(unit), m.Rule})
	}
	if len(per[0]) == 0 {
		t.Fatal("no dates in the seed article")
	}
	for c := 1; c < copies; c++ {
		if len(per[c]) != len(per[0]) {
			t.Fatalf("copy %d of %d: %d phrases, the first copy %d", c, copies, len(per[c]), len(per[0]))
		}
		for i := range per[c] {
			if per[c][i] != per[0][i] {
				t.Fatalf("copy %d of %d, phrase %d: %+v, in the first copy %+v", c, copies, i, per[c][i], per[0][i])
			}
		}
	}
}
