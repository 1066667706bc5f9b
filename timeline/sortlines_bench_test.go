package timeline

import (
	"os"
	"testing"
)

// BenchmarkSortLines measures sorting out the lines of the seed article
// and splitting its article text into sentences (sortLines).
func BenchmarkSortLines(b *testing.B) {
	data, err := os.ReadFile("testdata/geneva-2016-08-26.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		d := &Document{Text: text}
		d.sortLines()
	}
}
