package dates

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/internal/sentence"
)

// BenchmarkStages measures the tagger's passes over news text one after
// another (each stage includes the ones before it), to show where the time
// of BenchmarkTag goes.
func BenchmarkStages(b *testing.B) {
	seed, err := os.ReadFile("../testdata/geneva-2016-08-26.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(seed)+"\n\n", 100_000/len(seed)+1)
	t := New()
	anchor := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	var sc scanned
	stages := []struct {
		name string
		run  func()
	}{
		{"lower", func() { asciiLower(text) }},
		{"split", func() { asciiLower(text); sentence.Split(text) }},
		{"scan", func() {
			low := asciiLower(text)
			for _, sp := range sentence.Split(text) {
				t.scan(low[sp.Start:sp.End], &sc)
			}
		}},
		{"find", func() {
			w := works.Get().(*work)
			t.find(text, asciiLower(text), sentence.Split(text), w)
			works.Put(w)
		}},
		{"tag", func() { t.TagDoc(text, anchor, News) }},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				st.run()
			}
		})
	}
}

// BenchmarkScan measures the scan alone, on the sentences of news text
// split and lower-cased beforehand: its first pass (findWords, which finds
// the words and rules most of them out) and the whole of it.
func BenchmarkScan(b *testing.B) {
	seed, err := os.ReadFile("../testdata/geneva-2016-08-26.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(seed)+"\n\n", 100_000/len(seed)+1)
	low := asciiLower(text)
	var sents []string
	for _, sp := range sentence.Split(text) {
		sents = append(sents, low[sp.Start:sp.End])
	}
	t := New()
	var sc scanned
	findWords := func(sents []string, size int) func(b *testing.B) {
		return func(b *testing.B) {
			b.SetBytes(int64(size))
			for i := 0; i < b.N; i++ {
				for _, s := range sents {
					room := (len(s) + 1) / 2
					sc.words, sc.maybe = slices.Grow(sc.words[:0], room)[:room], slices.Grow(sc.maybe[:0], room)[:room]
					t.findWords(s, sc.words, sc.maybe)
				}
			}
		}
	}
	b.Run("findWords", findWords(sents, len(text)))
	// The seed text repeated lets the branch predictor learn its word
	// lengths, which distinct news does not: the TimeML texts, where
	// they are beside the project.
	if sents, size := timeMLSentences(); size > 0 {
		b.Run("findWords/timeml", findWords(sents, size))
	}
	b.Run("scan", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for i := 0; i < b.N; i++ {
			for _, s := range sents {
				t.scan(s, &sc)
			}
		}
	})
}

// timeMLSentences returns the lower-cased sentences of the TimeML texts
// in ../../shared/data/timeml, their markup dropped, and their size; none
// without the corpus.
func timeMLSentences() (sents []string, size int) {
	files, _ := filepath.Glob("../../shared/data/timeml/*/*.tml")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		var text []byte
		inTag := false
		for _, c := range b {
			switch {
			case c == '<':
				inTag = true
			case c == '>':
				inTag = false
			case !inTag:
				text = append(text, c)
			}
		}
		low := asciiLower(string(text))
		for _, sp := range sentence.Split(low) {
			sents = append(sents, low[sp.Start:sp.End])
			size += sp.End - sp.Start
		}
	}
	return sents, size
}
