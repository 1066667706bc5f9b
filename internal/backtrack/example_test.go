package backtrack_test

import (
	"fmt"

	"github.com/timelinehq/timeline/internal/backtrack"
)

func ExampleMachine_Match() {
	p := backtrack.MustCompile(`(?P<n>\d+)\s+(?P<unit>days?|weeks?)\b`)
	var m backtrack.Machine
	caps := make([]int, p.NumCap())
	in := "3 weeks ago"
	if matched, done := m.Match(p, in, caps, 1000); matched && done {
		fmt.Printf("%q: amount %q, unit %q\n", in[caps[0]:caps[1]], in[caps[2]:caps[3]], in[caps[4]:caps[5]])
	}
	matched, done := m.Match(p, "ago 3 weeks", caps, 1000)
	fmt.Println(matched, done) // anchored: no match at the start
	// Output:
	// "3 weeks": amount "3", unit "weeks"
	// false true
}
