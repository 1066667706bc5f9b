package render

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// escapeText gives what appendEscapedEach, its loop without the fast
// path, gives, and collapse what strings.Fields gives, on random text made of the
// bytes they treat apart.
func TestEscapeTextFastPath(t *testing.T) {
	pieces := []string{"a", "Z", "0", "7", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "é", "-", "+", ".", ")", "&", "&amp;", "&#1;", "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "!", "(", "\x85"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		for _, lineStart := range []bool{false, true} {
			if got, want := escapeText(s, lineStart), string(appendEscapedEach(nil, s, lineStart)); got != want {
				t.Fatalf("escapeText(%q, %v) = %q, want %q", s, lineStart, got, want)
			}
		}
		want := strings.Join(strings.Fields(s), " ")
		if got := collapse(s); got != want {
			t.Fatalf("collapse(%q) = %q, want %q", s, got, want)
		}
	}
}
