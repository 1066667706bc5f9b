package eval

import "testing"

// modernNewsDir holds the gold set of modern news (see its README.md): 15
// articles of 2023-2026 written and annotated for this project, blind; rules
// have since been written for the classes of error it showed, never from its
// sentences.
const modernNewsDir = "../testdata/modern-news"

// modernNewsValueF1 is the value F1 (%) the tagger scores on modernNewsDir
// (go run . eval testdata/modern-news; 82.67 when the set was made, 88.19
// at the eighth session's end); the
// test fails if the score drops more than modernNewsSlack points below it.
const (
	modernNewsValueF1 = 89.45
	modernNewsSlack   = 2.0
)

// TestModernNews checks the modern news gold set (see goldSet.check).
func TestModernNews(t *testing.T) {
	goldSet{
		dir:     modernNewsDir,
		docs:    15,
		gold:    563,
		byType:  map[string]int{Date: 343, Time: 82, Duration: 103, Set: 35},
		valueF1: modernNewsValueF1,
		slack:   modernNewsSlack,
	}.check(t)
}
