package wordindex

import (
	"fmt"
	"testing"
)

// An index answers as the map it was made from, for its words and others.
func TestGet(t *testing.T) {
	m := map[string]int{"a": 1, "the": 2, "of": 3, "é": 4, "sixteen-letters!": 5, "nul\x00": 6, "": 7,
		"abcde": 8, "abcxe": 9} // one key: they differ in their fourth byte only, which it leaves out
	if keyOf("abcde") != keyOf("abcxe") {
		t.Fatal("abcde and abcxe have keys of their own: Get's compare of words is not tested")
	}
	for i := range 1000 {
		m[fmt.Sprint("w", i)] = i + 100
	}
	x := New(m)
	for w, v := range m {
		if w == "" {
			v = 0 // left out
		}
		if got := x.Get(w); got != v {
			t.Errorf("Get(%q) = %d, want %d", w, got, v)
		}
	}
	for _, w := range []string{"b", "th", "then", "a\x00", "\x00", "w1000", "e", "ofof", "abcye"} {
		if got := x.Get(w); got != 0 {
			t.Errorf("Get(%q) = %d, want 0", w, got)
		}
	}
	if got := New(map[string]int{}).Get("a"); got != 0 {
		t.Errorf("empty index: Get = %d", got)
	}
}

// FuzzGet checks an index against its map.
func FuzzGet(f *testing.F) {
	f.Add("the", "then")
	f.Fuzz(func(t *testing.T, in, out string) {
		m := map[string]bool{in: true, "of": true, "the": true}
		x := New(m)
		if got := x.Get(in); got != (in != "") {
			t.Errorf("index of %q: Get(%q) = %v", in, in, got)
		}
		if got, want := x.Get(out), m[out] && out != ""; got != want {
			t.Errorf("index of %q: Get(%q) = %v, want %v", in, out, got, want)
		}
	})
}

// BenchmarkGet looks up words in and out of an index of 2,000.
func BenchmarkGet(b *testing.B) {
	m := make(map[string]uint32)
	for i := range 2000 {
		m[fmt.Sprint("word", i)] = uint32(i)
	}
	x := New(m)
	words := []string{"word7", "word1999", "absent", "the", "word42", "government"}
	var s uint32
	for b.Loop() {
		for _, w := range words {
			s += x.Get(w)
		}
	}
	_ = s
}

// The key of a word of up to four bytes is the word: Get compares no
// more. Every such word over a few bytes has a key of its own.
func TestShortKeys(t *testing.T) {
	var words []string
	last := []string{""} // the words of the last length
	for range 4 {
		var next []string
		for _, w := range last {
			for _, c := range []byte{'a', 'b', 'c', 0, 0xff} {
				next = append(next, w+string([]byte{c}))
			}
		}
		words, last = append(words, next...), next
	}
	seen := make(map[uint64]string)
	for _, w := range words {
		k := keyOf(w)
		if old, dup := seen[k]; dup {
			t.Fatalf("keyOf(%q) = keyOf(%q)", w, old)
		}
		seen[k] = w
	}
	if len(seen) != 5+25+125+625 {
		t.Fatalf("%d words, want every word of 1 to 4 bytes", len(seen))
	}
}
