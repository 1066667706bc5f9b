package timeline_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/timeline"
)

func TestStressDoc(t *testing.T) {
	pieces := []string{"---\n", "...\n", "title: ", "published: ", "2016-08-26", "\n", "\n\n", "# ", "## ", "Share", "Advertisement", "Photo: ", "(AP Photo/X)", "By ", "Kerry", "met.", " ", "\r\n", "\ufeff", "[", "]", "&a ", "*a", ":", "\xff", "“", "U.S.", "- ", "\t", "id: x", "date: 1"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 300000 {
		var b strings.Builder
		for range rng.IntN(25) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		doc, err := timeline.ReadDocument("s", []byte(b.String()))
		if err == nil {
			checkDocument(t, doc)
		}
	}
}
