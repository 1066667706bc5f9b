package space

import (
	"fmt"
	"strings"
	"testing"
)

// Collapse and AppendCollapse give what joining the fields of a text gives,
// also for the texts their fast path leaves as they are.
func TestCollapse(t *testing.T) {
	for _, s := range []string{
		"", " ", "a", "Kerry met Lavrov.", "two  spaces", " lead", "trail ",
		"hard\nwrapped", "tab\tin", "nbsp\u00a0in", "curly “quotes” stay", "\u2028", "é à",
		"invalid \xff byte", "\xff", "a \u0085b", "one\vtwo\fthree\rfour",
		// Past eight bytes, tested eight at a time.
		"Russia and the United States said on Friday.", "seven b  two spaces at 8", "eight by  two across",
		"eight by\ta tab", "twelve bytes ", "sixteen bytes ok", "sixteen bytes ok ", "ends in eight   ",
	} {
		checkCollapse(t, s)
	}
}

// checkCollapse checks Collapse(s), AppendCollapse and Collapsed(s)
// against their definition.
func checkCollapse(t *testing.T, s string) {
	t.Helper()
	want := strings.Join(strings.Fields(s), " ")
	if got := Collapse(s); got != want {
		t.Errorf("Collapse(%q) = %q, want %q", s, got, want)
	}
	if got := string(AppendCollapse([]byte("x"), s)); got != "x"+want {
		t.Errorf("AppendCollapse(x, %q) = %q, want %q", s, got, "x"+want)
	}
	if got := Collapsed(s); got != (want == s) {
		t.Errorf("Collapsed(%q) = %v, want %v", s, got, want == s)
	}
}

// FuzzCollapse checks Collapse against its definition.
func FuzzCollapse(f *testing.F) {
	f.Add("Kerry  met\nLavrov ")
	f.Fuzz(checkCollapse)
}

func BenchmarkCollapse(b *testing.B) {
	s := strings.Repeat("Russia and the United States said on Friday they had agreed. ", 4)
	s = s[:len(s)-1]
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Collapse(s)
	}
}

func ExampleCollapse() {
	fmt.Printf("%q\n", Collapse(" Kerry met\n  Lavrov. "))
	// Output: "Kerry met Lavrov."
}
