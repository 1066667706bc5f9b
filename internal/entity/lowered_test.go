package entity

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/ascii"
	"github.com/timelinehq/timeline/internal/sentence"
)

// lowerSeeds are texts whose runes beyond ASCII lower to the same length,
// to another length, not at all, or are no runes: each at the start, in
// the middle and at the end of a block of 32 bytes that finishLower skips.
var lowerSeeds = []string{
	"", "abc", "Kerry MET Lavrov", "ÉTÉ à Genève", "İstanbul", "\xffA\xe2\x80", "ẞ ß", "ǅ", "K",
	"“Assad must go”, Kupchan said — in GENEVA, Ünal ÖZ and ÉMILE",
	strings.Repeat("x", 31) + "É" + strings.Repeat("Y", 40) + "\xff" + strings.Repeat("z", 29) + "’",
}

// asciiLowered returns s with its ASCII letters lower-cased and every
// other byte as it is, as dates.Lower gives it.
func asciiLowered(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// FuzzFinishLower holds finishLower, given the ASCII lower case, to
// AnalyzeDoc's lower case, validity and ASCII: sameLenLower,
// utf8.ValidString and isASCII.
func FuzzFinishLower(f *testing.F) {
	for _, s := range lowerSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		low := asciiLowered(s)
		got, valid, plain := finishLower(s, low)
		want := sameLenLower(s)
		if got != want {
			t.Fatalf("finishLower(%q) = %q, want %q", s, got, want)
		}
		if want != "" && valid != utf8.ValidString(s) {
			t.Fatalf("finishLower(%q): valid %v, want %v", s, valid, !valid)
		}
		if plain != ascii.Is(s) {
			t.Fatalf("finishLower(%q): ascii %v, want %v", s, plain, !plain)
		}
	})
}

// TestAnalyzeLowered checks that AnalyzeLowered, given the ASCII lower case
// of the text, answers as AnalyzeDoc does, and that it ignores a lower case
// of another length.
func TestAnalyzeLowered(t *testing.T) {
	texts := append(slices.Clone(lowerSeeds), sentenceTexts()...)
	for _, a := range articles(t) {
		texts = append(texts, a[1])
	}
	for _, text := range texts {
		title, _, _ := strings.Cut(text, "\n")
		spans := sentence.Split(text)
		low := asciiLowered(text)
		for _, l := range []string{low, low + "x"} {
			got, want := AnalyzeLowered(title, text, l, spans), AnalyzeDoc(title, text, spans)
			for i := -1; i <= len(spans); i++ {
				if !slices.Equal(got.Actors(i), want.Actors(i)) || got.Place(i) != want.Place(i) ||
					got.Kind(i) != want.Kind(i) || got.Venue(i) != want.Venue(i) {
					t.Fatalf("%.40q: sentence %d differs", text, i)
				}
			}
			if !slices.Equal(got.LeadActors(), want.LeadActors()) || got.TitlePlace() != want.TitlePlace() {
				t.Fatalf("%.40q: title differs", text)
			}
			got.Release()
			want.Release()
		}
	}
}

// BenchmarkAnalyzeLowered measures AnalyzeLowered on the seed article as a
// build gives it, its ASCII lower case made once for the tagger too, and
// asked about every sentence.
func BenchmarkAnalyzeLowered(b *testing.B) {
	title, text, spans := seed(b)
	low := asciiLowered(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		a := AnalyzeLowered(title, text, low, spans)
		ask(a, 1)
		a.Release()
	}
}
