package timeline

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

// contentWords keeps the stems of content words and, apart, of names
// after the first word; plain words and short words are left out.
func TestContentWords(t *testing.T) {
	stems := func(ws ...string) []uint64 {
		var out []uint64
		for _, w := range ws {
			out = append(out, fnv64([]byte(w)))
		}
		slices.Sort(out)
		return out
	}
	for _, tc := range []struct {
		text         string
		words, names []uint64
	}{
		{"The mediated session ended on Thursday.", stems("mediat", "sessio", "ended"), nil},
		{"A federal mediator said so.", stems("federa", "mediat"), nil},
		{"Talks with Harlan's union.", stems("talks", "harlan", "union"), stems("harlan")},
		{"It was, he said, a day.", nil, nil},
		{"Mediators mediated.", stems("mediat"), nil},
	} {
		got := contentWords(tc.text)
		if !slices.Equal(got.words, tc.words) || !slices.Equal(got.names, tc.names) {
			t.Errorf("%q: got %v %v, want %v %v", tc.text, got.words, got.names, tc.words, tc.names)
		}
	}
}

// referenceWords is contentWords written plainly, rune by rune, for
// FuzzContentWords.
func referenceWords(text string) sentenceWords {
	var sw sentenceWords
	var word []rune
	first := true
	end := func() {
		if len(word) >= minWordLen && !plainWords().has(fnv64([]byte(strings.ToLower(string(word))))) {
			stem := []byte(strings.ToLower(string(word[:min(len(word), stemLen)])))
			h := fnv64(stem)
			sw.words = append(sw.words, h)
			sw.sig |= 1 << (h >> 58)
			if unicode.IsUpper(word[0]) && !first {
				sw.names = append(sw.names, h)
			}
		}
		if len(word) > 0 {
			first = false
		}
		word = word[:0]
	}
	for _, r := range text {
		if unicode.IsLetter(r) {
			word = append(word, r)
		} else {
			end()
		}
	}
	end()
	for _, l := range []*[]uint64{&sw.words, &sw.names} {
		slices.Sort(*l)
		*l = slices.Compact(*l)
	}
	return sw
}

// contentWords, which reads ASCII a byte at a time, finds the words that
// reading the text rune by rune finds.
func FuzzContentWords(f *testing.F) {
	for _, s := range []string{
		"The mediated session ended on Thursday.",
		"Talks with Harlan's union in Genève, Zürich and Jeddah.",
		"ÉMILE Zola wrote: «J'accuse»",
		"a\xffb Straße ΣΊΣΥΦΟΣ",
		"In national over-the-counter trading yesterday, AEP shares closed at $21.25.",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, want := contentWords(text), referenceWords(text)
		if !slices.Equal(got.words, want.words) || !slices.Equal(got.names, want.names) || got.sig != want.sig {
			t.Errorf("%q: got %v %v %x, want %v %v %x", text, got.words, got.names, got.sig, want.words, want.names, want.sig)
		}
	})
}
