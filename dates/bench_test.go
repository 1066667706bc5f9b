package dates

import (
	"os"
	"strings"
	"testing"
	"time"
)

// BenchmarkTag measures finding and resolving dates in real news text (the
// seed article, repeated to about 100 KB).
func BenchmarkTag(b *testing.B) {
	seed, err := os.ReadFile("../testdata/geneva-2016-08-26.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(seed)+"\n\n", 100_000/len(seed)+1)
	anchor := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	tg := New()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.Tag(text, anchor)
	}
}

// BenchmarkStartup measures what a process pays before tagging its first
// document: reading the word lists, loading every rule from rules.bin and
// the indexes that the first document reads.
func BenchmarkStartup(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := loadLexicon(); err != nil {
			b.Fatal(err)
		}
		t := newTagger(builtinRules())
		t.steps()
		t.vocab()
	}
}

// BenchmarkStartupCompile is BenchmarkStartup without rules.bin: every
// rule's pattern is compiled and the indexes are built from the programs,
// as go generate does.
func BenchmarkStartupCompile(b *testing.B) {
	b.ReportAllocs()
	rs := builtinRules()
	for i := 0; i < b.N; i++ {
		l, err := loadLexicon()
		if err != nil {
			b.Fatal(err)
		}
		for _, r := range rs {
			c, err := compileBody(r.body, l)
			if err != nil {
				b.Fatal(err)
			}
			r.setCompiled(c)
			r.stored = false
		}
		t := newTagger(rs)
		t.steps()
		t.vocab()
	}
}
